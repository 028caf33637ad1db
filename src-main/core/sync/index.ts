export type { AttachmentFile } from './attachment-files.ts';
export type { PrefetchSummary } from './attachments.ts';
export { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './engine.ts';
export { SyncError, type SyncErrorKind } from './errors.ts';
export type { SyncPhase, SyncProgress } from './sync-run.ts';
export { lowerThreadPriority } from './thread-priority.ts';
export type { SyncState, SyncStateListener } from './sync-state.ts';
