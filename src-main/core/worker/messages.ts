import type { CallResult } from '../../../src-shared/contract/index.ts';
import type { AppIdentity } from '../services/app-info.ts';

/** What the host gives the worker at start. */
export interface CoreWorkerData {
  userDataDir: string;
  identity: AppIdentity;
  /** The sync API to use until the user configures one. */
  defaultServerUrl?: string | null;
  /** The packaged app's resources folder (certificate template, seal, fonts). */
  resourcesDir?: string;
  /** The built certificate batch worker (href), which a bundled core cannot find by itself. */
  certificateBatchWorkerUrl?: string;
}

export type HostMethod = 'vault.seal' | 'vault.open';

export type ToWorker =
  | { type: 'call'; id: number; channel: string; args: unknown }
  | { type: 'host-result'; id: number; ok: true; value: string }
  | { type: 'host-result'; id: number; ok: false; message: string }
  | { type: 'close' };

export type FromWorker =
  | { type: 'result'; id: number; result: CallResult<unknown> }
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'host-call'; id: number; method: HostMethod; args: [string] }
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'closed' };
