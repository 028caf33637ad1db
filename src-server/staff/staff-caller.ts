import type { Caller } from '../auth/caller.ts';

/** A logged-in, approved staff member: every use case here is scoped to their own rows. */
export type StaffCaller = Extract<Caller, { kind: 'staff' }>;
