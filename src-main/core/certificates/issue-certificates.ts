import { randomUUID } from 'node:crypto';
import {
  recordOf,
  type CertificateData,
  type CertificateRequirement,
  type IssuedCertificate,
} from './certificate-data.ts';
import type { CertificateNumbering } from './numbers/certificate-numbering.ts';
import { newVerificationCode } from './numbers/verification-code.ts';

/** A person to certify: a row of `certificatesPeople`, with the code of an already printed certificate. */
export interface CertificatePerson {
  staffId: string;
  name: string;
  idNumber: string;
  departmentName: string | null;
  publicHours: number;
  professionalHours: number;
  totalHours: number;
  publicMet: boolean;
  professionalMet: boolean;
  totalMet: boolean;
  met: boolean;
  /** The year's certificate if one is recorded: a reprint keeps its id, number and code. */
  certificate: { id: string; number: string; verificationCode: string } | null;
}

export interface IssueOptions {
  year: number;
  requirement: CertificateRequirement | null;
  unitName: string;
  numbering: CertificateNumbering;
  now?: () => Date;
}

export interface Issued {
  certificates: IssuedCertificate[];
  /** Numbers given offline (the client's leases were used up and the server out of reach). */
  offlineNumbers: number;
}

/**
 * Gives each person's certificate its number (leased, or offline, see CertificateNumbering) and a
 * random verification code; a person whose certificate is already recorded is reprinted under the
 * same number and code, and needs no new record.
 */
export async function issueCertificates(
  people: readonly CertificatePerson[],
  options: IssueOptions,
): Promise<Issued> {
  const printedAt = (options.now?.() ?? new Date()).toISOString();
  const fresh = people.filter((person) => !person.certificate).length;
  const { numbers, offline } =
    fresh > 0 ? await options.numbering.allocate(options.year, fresh) : { numbers: [], offline: 0 };
  let next = 0;
  const certificates = people.map((person): IssuedCertificate => {
    const existing = person.certificate;
    const data: CertificateData = {
      certificateId: existing?.id ?? randomUUID(),
      staffId: person.staffId,
      year: options.year,
      number: existing?.number ?? numbers[next++]!,
      verificationCode: existing?.verificationCode ?? newVerificationCode(),
      name: person.name,
      idNumber: person.idNumber,
      unitName: options.unitName,
      departmentName: person.departmentName,
      publicHours: person.publicHours,
      professionalHours: person.professionalHours,
      totalHours: person.totalHours,
      requirement: options.requirement,
      publicMet: person.publicMet,
      professionalMet: person.professionalMet,
      totalMet: person.totalMet,
      met: person.met,
      printedAt,
    };
    return { data, record: existing ? null : recordOf(data) };
  });
  return { certificates, offlineNumbers: offline };
}
