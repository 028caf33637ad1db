import type { UnitRegistrationInput } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import type { RegistrationValues } from './registration-values.ts';

/** The file's bytes as base64, read in slices so a 10 MB scan does not overflow the call stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const SLICE = 0x8000;
  let binary = '';
  for (let at = 0; at < bytes.length; at += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  }
  return btoa(binary);
}

/**
 * Sends a unit registration (the three steps and the scan) through the core to the server and answers
 * its pending message. Field errors come back as an ApiError naming the form's fields (`applicant.email`,
 * `scan`, …).
 */
export async function submitRegistration(values: RegistrationValues, scan: File): Promise<string> {
  const { applicant, ...unit } = values;
  const input: UnitRegistrationInput = {
    ...unit,
    applicant: {
      idNumber: applicant.idNumber,
      name: applicant.name,
      password: applicant.password,
      phone: applicant.phone,
      email: applicant.email,
    },
    scan: { fileName: scan.name, contentBase64: await base64Of(scan) },
  };
  const answer = await api.unitRegistrationSubmit(input);
  return answer.message;
}
