import type Database from 'better-sqlite3';
import type { MutationArgs, MutationName } from '../../../../src-shared/contract/sync.ts';

/** The mirrored tables a decision changes; each is keyed by `id`. */
export type DecidedTable =
  'units' | 'unit_admins' | 'departments' | 'staff' | 'declarations' | 'certificates';

/** What an effect runs with besides its arguments. */
export interface EffectEnv {
  mutationId: number;
  /** When the administrator decided (the outbox row's `created_at`), ISO-8601. */
  decidedAt: string;
  /** The signed-in administrator: `decided_by` and `printed_by` of the rows a decision changes. */
  adminId: string;
  clientId: string;
  baseVersion: number | null;
}

/** A row a decision touches, as `outbox_targets` records it. */
export interface Target {
  table: DecidedTable;
  rowId: string;
}

/**
 * The optimistic effect of one mutation on the cache. `apply` changes only the rows the decision
 * still fits (the version it was made on, the status it needs, a row not yet created), so running it
 * again (after a pull brought the server's rows, or after another decision was undone) is harmless.
 */
export interface MutationEffect<N extends MutationName> {
  /** The rows the decision touches. */
  targets(sqlite: Database.Database, args: MutationArgs<N>, env: EffectEnv): Target[];
  /**
   * The columns a restore puts back, by table: a list of columns, `row` for a row the decision
   * deletes (all of it is kept), `none` for a row it creates (a restore removes it).
   */
  before: Partial<Record<DecidedTable, readonly string[] | 'row' | 'none'>>;
  /** Applies the effect where it still fits; returns the rows changed. */
  apply(sqlite: Database.Database, args: MutationArgs<N>, env: EffectEnv): number;
}

export type MutationEffects = { [N in MutationName]: MutationEffect<N> };
