import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../src-main/core/index.ts';
import { SOURCE_WORKER_URL } from '../../../src-main/core/worker/source-worker-url.ts';
import { startTestCore } from '../../support/core.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const dir = makeTempDir('core-worker');
afterAll(() => dir.remove());

describe('core worker', () => {
  it('answers calls from a separate thread', async () => {
    const core = startTestCore(dir.path, '3.1.4');
    const result = await core.call('appInfo', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { version: '3.1.4', localDatabasePath: join(dir.path, 'app.sqlite') },
    });
    expect(await core.call('appInfo', { bad: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    await core.close();
  });

  it('starts a new worker after the worker died', async () => {
    const core = startCore({
      workerUrl: SOURCE_WORKER_URL,
      userDataDir: dir.path,
      identity: { productName: '测试', version: '1', runtime: 'browser-shell' },
      vault: { seal: async (s) => s, open: async (s) => s },
    });
    expect((await core.call('appInfo', undefined)).ok).toBe(true);
    await core.terminate();
    expect((await core.call('appInfo', undefined)).ok).toBe(true);
    await core.close();
  });

  it('refuses calls once closed', async () => {
    const core = startTestCore(dir.path);
    await core.close();
    expect(await core.call('appInfo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });
});
