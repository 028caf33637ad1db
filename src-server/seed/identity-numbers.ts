import { organizationCodeCheckCharacter } from '../../src-shared/domain/organization-code.ts';
import { residentIdCheckCharacter } from '../../src-shared/domain/resident-id.ts';
import { socialCreditCodeCheckCharacter } from '../../src-shared/domain/social-credit-code.ts';

/** A valid resident ID for demo data: the sequence number's parity gives the gender. */
export function makeResidentId(addressCode: string, birthDate: string, sequence: number): string {
  const first17 = addressCode + birthDate.replaceAll('-', '') + String(sequence % 1000).padStart(3, '0');
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid unified social credit code embedding a valid organisation code, for demo units. */
export function makeSocialCreditCode(category: string, regionCode: string, serial: number): string {
  const body = String(serial).padStart(8, '0').slice(-8);
  const organizationCode = body + organizationCodeCheckCharacter(body);
  const first17 = category + regionCode + organizationCode;
  return first17 + socialCreditCodeCheckCharacter(first17);
}
