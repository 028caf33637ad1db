import { join } from 'node:path';
import { fileSecretVault, startCore, type Core, type HostServices } from '../../src-main/core/index.ts';
import { SOURCE_WORKER_URL } from '../../src-main/core/worker/source-worker-url.ts';

/** For services built in-process by tests that never seal secrets or emit events. */
export const unusedHost: HostServices = {
  vault: {
    seal: () => Promise.reject(new Error('no vault in this test')),
    open: () => Promise.reject(new Error('no vault in this test')),
  },
  emit: () => {},
};

/** The real core worker, run from its TypeScript source. */
export function startTestCore(
  userDataDir: string,
  version = '1.2.3',
  runtime: 'electron' | 'browser-shell' = 'browser-shell',
): Core {
  return startCore({
    workerUrl: SOURCE_WORKER_URL,
    userDataDir,
    identity: { productName: '河南测试', version, runtime },
    vault: fileSecretVault(join(userDataDir, 'secret.key')),
  });
}
