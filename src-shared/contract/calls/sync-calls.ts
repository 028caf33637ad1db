import { z } from 'zod';
import { decisionSchema, doneSchema, noArguments } from './common.ts';

/** What the status bar shows; also pushed to the renderer as the `syncState` event. */
export const syncStateSchema = z.object({
  /** `syncing` while a sync runs (see `progress`); otherwise whether the server was reachable last time. */
  status: z.enum(['online', 'offline', 'syncing']),
  progress: z
    .object({
      phase: z.enum(['push', 'pull', 'resync']),
      rowsDone: z.number().int(),
      rowsTotal: z.number().int(),
      bytes: z.number().int(),
    })
    .nullable(),
  /** Decisions waiting to be sent or answered (待同步). */
  waiting: z.number().int(),
  /** Open conflicts and rejected decisions for the administrator to see. */
  conflicts: z.number().int(),
  lastSyncedAt: z.string().nullable(),
  /** The session token expired or was revoked: log in online again to sync. */
  needsLogIn: z.boolean(),
  /** Why the last sync failed, in Chinese; null after a good one. */
  error: z.string().nullable(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export const conflictSchema = z.object({
  id: z.number().int(),
  mutationId: z.number().int(),
  /** The decision, e.g. `declarations.approve`. */
  mutationName: z.string(),
  /** `conflict`: the row changed on the server; `rejected`: the decision can never apply. */
  outcome: z.enum(['conflict', 'rejected']),
  table: z.string(),
  rowId: z.string(),
  /** What the administrator decided. */
  decided: z.record(z.string(), z.unknown()),
  /** The server's row, which won. */
  serverRow: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type Conflict = z.infer<typeof conflictSchema>;

const conflictId = z.object({ conflictId: z.number().int().min(1) }).strict();

export const syncCalls = {
  /** The open account's sync state, or null when none is open. */
  syncState: { input: noArguments, output: syncStateSchema.nullable() },
  /** Syncs now and answers the state once done. */
  syncNow: { input: noArguments, output: syncStateSchema },
  /** Open conflicts and rejected decisions, newest first. */
  syncConflicts: { input: noArguments, output: z.array(conflictSchema) },
  /** Makes the same decision again on the server's current row. */
  syncConflictRedo: { input: conflictId, output: decisionSchema },
  /** Accepts the server's row and closes the conflict. */
  syncConflictDiscard: { input: conflictId, output: doneSchema },
} as const;
