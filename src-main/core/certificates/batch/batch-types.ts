import type { IssuedCertificate } from '../certificate-data.ts';

export type BatchOutput =
  /** One PDF per person in a folder (named by certificate number and name). */
  | { kind: 'perPerson'; dir: string }
  /** One PDF with a page per person. */
  | { kind: 'combined'; file: string };

export interface BatchProgress {
  done: number;
  failed: number;
  total: number;
}

/** A written PDF and the certificates in it, to print and then record. */
export interface BatchFile {
  file: string;
  certificates: IssuedCertificate[];
}

export interface BatchFailure {
  staffId: string;
  name: string;
  reason: string;
}

export interface BatchResult {
  /** `cancelled`: stopped on request; per person, the files written until then are listed. */
  status: 'completed' | 'cancelled';
  files: BatchFile[];
  /** Certificates not generated (e.g. a character no font has), with why. */
  failures: BatchFailure[];
  /** Certificates generated with an element whose text had to be cut to stay in its box. */
  warnings: string[];
}
