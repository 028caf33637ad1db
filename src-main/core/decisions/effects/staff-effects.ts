import type { MutationEffect } from './effect.ts';

/** Resetting a password changes nothing the cache mirrors: the row only shows as waiting. */
export const staffEffects: { 'staff.resetPassword': MutationEffect<'staff.resetPassword'> } = {
  'staff.resetPassword': {
    targets: (_sqlite, args) => [{ table: 'staff', rowId: args.staffId }],
    before: { staff: [] },
    apply: () => 0,
  },
};
