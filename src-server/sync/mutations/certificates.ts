import { allocateSeq } from '../../db/sequence.ts';
import { applied, rejected } from './outcomes.ts';
import { lockUnitRow } from './rows.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers } from './types.ts';

type Args = MutationArgsOf<'certificates.record'>;

/** Why a certificate can't be recorded under its identifiers, if one of them is already taken. */
async function takenIdentifier(context: MutationContext, args: Args): Promise<string | undefined> {
  const taken = await context.trx
    .selectFrom('certificates')
    .select(['id', 'number', 'verification_code'])
    .where((eb) =>
      eb.or([
        eb('id', '=', args.certificateId),
        eb('number', '=', args.number),
        eb('verification_code', '=', args.verificationCode),
      ]),
    )
    .execute();
  if (taken.some((row) => row.id === args.certificateId)) return '该证书已记录';
  if (taken.some((row) => row.number === args.number)) return '证书编号已被使用';
  return taken.length > 0 ? '证书验证码已被使用' : undefined;
}

export const certificateMutations: MutationHandlers<'certificates.record'> = {
  'certificates.record': {
    permission: 'certificates',
    async apply(context, args) {
      const audit = {
        target: `certificates:${args.certificateId}`,
        summary: { staffId: args.staffId, year: args.year, number: args.number },
      };
      const staff = await lockUnitRow(context, 'staff', args.staffId);
      if (!staff) return rejected('本单位没有该人员', audit);
      if (staff.status !== 'approved' && staff.status !== 'left') {
        return rejected('只能为已审核通过的人员打印证书', audit);
      }
      const taken = await takenIdentifier(context, args);
      if (taken) return rejected(taken, audit);
      await context.trx
        .insertInto('certificates')
        .values({
          id: args.certificateId,
          unit_id: context.caller.unitId,
          staff_id: args.staffId,
          year: args.year,
          number: args.number,
          verification_code: args.verificationCode,
          public_hours: args.publicHours,
          professional_hours: args.professionalHours,
          total_hours: args.totalHours,
          required_hours: args.requiredHours,
          met: args.met ? 1 : 0,
          printed_at: new Date(args.printedAt).toISOString(),
          printed_by: context.caller.adminId,
          client_id: context.clientId,
          version: 1,
          seq: await allocateSeq(context.trx),
        })
        .execute();
      return applied(audit);
    },
  },
};
