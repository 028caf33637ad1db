import type { MutationArgs } from '../../../src-shared/contract/sync.ts';

/** The year's hour requirement as certificates print it (null: no rule for that year). */
export interface CertificateRequirement {
  totalHours: number;
  publicMinHours: number;
  professionalMinHours: number;
}

/** Everything one certificate shows. */
export interface CertificateData {
  certificateId: string;
  staffId: string;
  year: number;
  number: string;
  verificationCode: string;
  name: string;
  /** The full number; certificates print it masked in the middle. */
  idNumber: string;
  unitName: string;
  departmentName: string | null;
  publicHours: number;
  professionalHours: number;
  totalHours: number;
  requirement: CertificateRequirement | null;
  publicMet: boolean;
  professionalMet: boolean;
  totalMet: boolean;
  met: boolean;
  /** ISO-8601; printed as the local date. */
  printedAt: string;
}

export type CertificateRecord = MutationArgs<'certificates.record'>;

/** A certificate ready to render, with the `certificates.record` arguments to record once printed. */
export interface IssuedCertificate {
  data: CertificateData;
  /** Null when reprinting a certificate that is already recorded (same number and code). */
  record: CertificateRecord | null;
}

export function recordOf(data: CertificateData): CertificateRecord {
  return {
    certificateId: data.certificateId,
    staffId: data.staffId,
    year: data.year,
    number: data.number,
    verificationCode: data.verificationCode,
    publicHours: data.publicHours,
    professionalHours: data.professionalHours,
    totalHours: data.totalHours,
    requiredHours: data.requirement?.totalHours ?? 0,
    met: data.met,
    printedAt: data.printedAt,
  };
}
