import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  ItemResult,
  mutationArgsSchemas,
  MutationName,
  OutcomeStatus,
} from '../../../src-shared/contract/sync.ts';
import type { UnitPermission } from '../../../src-shared/domain/unit-permissions.ts';
import type { Caller } from '../../auth/caller.ts';
import type { ServerContext } from '../../context.ts';
import type { ServerDatabase } from '../../db/schema.ts';

export type UnitAdminCaller = Extract<Caller, { kind: 'unit_admin' }>;

/** What a mutation runs with: everything it reads and writes goes through `trx`, its own transaction. */
export interface MutationContext {
  trx: Kysely<ServerDatabase>;
  /** The server context with `db` set to `trx`, for helpers that take a context. */
  server: ServerContext;
  caller: UnitAdminCaller;
  clientId: string;
  now: Date;
  /** The version of the row the administrator decided on, for single-row mutations. */
  baseVersion: number | undefined;
}

/** The audit record of a mutation: the row (or table) acted on and a short summary. */
export interface AuditNote {
  target: string;
  summary?: Record<string, unknown>;
}

export interface MutationOutcome {
  status: OutcomeStatus;
  reason?: string;
  current?: Record<string, unknown>;
  items?: ItemResult[];
  audit: AuditNote;
}

export type MutationArgsOf<N extends MutationName> = z.output<(typeof mutationArgsSchemas)[N]>;

export interface MutationHandler<N extends MutationName> {
  /** What a sub-administrator needs; `mainAdmin` for what only the main administrator may do. */
  permission: UnitPermission | 'mainAdmin';
  apply(context: MutationContext, args: MutationArgsOf<N>): Promise<MutationOutcome>;
}

export type MutationHandlers<N extends MutationName> = { [K in N]: MutationHandler<K> };
