import type { ActiveSession } from '../accounts/session-manager.ts';
import {
  CertificateNumbering,
  issueCertificates,
  readCertificateUnit,
  readVerificationCodes,
  type CertificatePerson,
  type Issued,
} from '../certificates/index.ts';
import { serverLease } from '../certificates/numbers/server-lease.ts';
import { clientIdOf } from '../sync/outbox.ts';
import { certificatePeople, type CertificatePeopleArgs } from './certificate-people.ts';

/** Where this account's certificate number leases and offline counters are kept: beside its cache file. */
export function numberingFileOf(cachePath: string): string {
  return cachePath.replace(/\.sqlite$/, '') + '.certificate-numbers.json';
}

/**
 * The account's certificate numbering. Numbers are leased from the account's server while the sync
 * engine last reached it (an offline PC would only wait for the request to time out); otherwise the
 * client numbers offline, see CertificateNumbering.
 */
export function accountNumbering(
  active: ActiveSession,
  token: string | null,
  unitCode: string,
): CertificateNumbering {
  const { cache, engine } = active.workspace;
  const online = token !== null && engine.state().connection === 'online';
  return new CertificateNumbering({
    file: numberingFileOf(cache.path),
    clientId: clientIdOf(cache.sqlite),
    unitCode,
    lease: online ? serverLease(active.account.server_url, token) : null,
  });
}

/** The people of a selection as the certificate module takes them: reprints carry their number and code. */
export async function peopleToCertify(
  active: ActiveSession,
  selection: CertificatePeopleArgs,
): Promise<{
  people: CertificatePerson[];
  requirement: Awaited<ReturnType<typeof certificatePeople>>['requirement'];
}> {
  const { db } = active.workspace.cache;
  const { rows, requirement } = await certificatePeople(db, selection);
  const codes = await readVerificationCodes(
    db,
    rows.flatMap((row) => row.certificate?.id ?? []),
  );
  const people = rows.map((row): CertificatePerson => {
    const existing = row.certificate;
    const verificationCode = existing ? codes.get(existing.id) : undefined;
    return {
      ...row,
      certificate:
        existing && verificationCode ? { id: existing.id, number: existing.number, verificationCode } : null,
    };
  });
  return { people, requirement };
}

/** Numbers the selection's new certificates (reprints keep theirs) and fills in every certificate's data. */
export async function issueForSelection(
  active: ActiveSession,
  token: string | null,
  selection: CertificatePeopleArgs & { year: number },
): Promise<Issued> {
  const { people, requirement } = await peopleToCertify(active, selection);
  if (people.length === 0) return { certificates: [], offlineNumbers: 0 };
  const unit = await readCertificateUnit(active.workspace.cache.db);
  return issueCertificates(people, {
    year: selection.year,
    requirement,
    unitName: unit.name,
    numbering: accountNumbering(active, token, unit.code),
  });
}
