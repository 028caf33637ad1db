import type { CertificateFailure } from '../../../src-shared/contract/index.ts';
import type { ActiveSession } from '../accounts/session-manager.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { CertificateRecord } from '../certificates/index.ts';
import * as decisions from '../decisions/index.ts';

export interface RecordedCertificates {
  recorded: number;
  /** Printed certificates the cache refused to record (e.g. the person left the unit meanwhile). */
  refused: CertificateFailure[];
}

/**
 * Records printed (or saved) certificates through the `certificates.record` decision, as the
 * 证书打印 screen's certificatesRecord call does: each goes to the outbox (待同步) and to the cache in
 * one transaction, and syncs to the server. A certificate the cache refuses is listed, not fatal:
 * the others are on paper and must be recorded.
 */
export function recordPrinted(
  active: ActiveSession,
  records: readonly CertificateRecord[],
  nameOf: (staffId: string) => string,
): RecordedCertificates {
  const { cache, engine } = active.workspace;
  const context: decisions.DecisionContext = { cache, adminId: active.session.admin.id };
  const refused: CertificateFailure[] = [];
  let recorded = 0;
  cache.sqlite.transaction(() => {
    for (const record of records) {
      try {
        decisions.recordCertificate(context, record);
        recorded += 1;
      } catch (error) {
        if (!(error instanceof CallFailure)) throw error;
        refused.push({ staffId: record.staffId, name: nameOf(record.staffId), reason: error.message });
      }
    }
  })();
  if (recorded > 0) engine.decided();
  return { recorded, refused };
}
