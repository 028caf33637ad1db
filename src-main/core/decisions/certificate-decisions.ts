import { randomUUID } from 'node:crypto';
import type { MutationArgs } from '../../../src-shared/contract/sync.ts';
import { cachedRow } from './cached-rows.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

export type CertificateInput = Omit<MutationArgs<'certificates.record'>, 'certificateId'> & {
  certificateId?: string;
};

/** 证书打印: records a printed certificate (its number from a leased block). Returns its id too. */
export function recordCertificate(
  context: DecisionContext,
  input: CertificateInput,
): DecisionResult & { certificateId: string } {
  const certificateId = input.certificateId ?? randomUUID();
  const result = decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'certificates');
    const staff = cachedRow<{ status: string }>(sqlite, 'staff', input.staffId, 'status');
    if (!staff) throw refused('本单位没有该人员', 'NOT_FOUND');
    if (staff.status !== 'approved' && staff.status !== 'left')
      throw refused('只能为已审核通过的人员打印证书');
    const taken = sqlite
      .prepare<[string, string, string], { id: string }>(
        'select id from certificates where id = ? or number = ? or verification_code = ? limit 1',
      )
      .get(certificateId, input.number, input.verificationCode);
    if (taken) throw refused('证书编号或验证码已被使用');
    return [{ name: 'certificates.record', args: { ...input, certificateId } }];
  });
  return { ...result, certificateId };
}
