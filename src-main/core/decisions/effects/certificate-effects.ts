import type { MutationEffect } from './effect.ts';
import { insertIfAbsent } from './row-effects.ts';

export const certificateEffects: { 'certificates.record': MutationEffect<'certificates.record'> } = {
  'certificates.record': {
    targets: (_sqlite, args) => [{ table: 'certificates', rowId: args.certificateId }],
    before: { certificates: 'none' },
    apply: (sqlite, args, env) =>
      insertIfAbsent(sqlite, 'certificates', {
        id: args.certificateId,
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
        printed_by: env.adminId,
        client_id: env.clientId,
        version: 1,
      }),
  },
};
