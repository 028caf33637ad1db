import { afterAll, describe, expect, it } from 'vitest';
import { CallFailure } from '../../../src-main/core/api/call-failure.ts';
import { dispatch, type IpcHandlers } from '../../../src-main/core/index.ts';
import { createCoreServices } from '../../../src-main/core/services/core-services.ts';
import { unusedHost } from '../../support/core.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

const dir = makeTempDir('dispatch');
const core = createCoreServices({
  userDataDir: dir.path,
  identity: { productName: '测试', version: '9.9.9', runtime: 'browser-shell' },
  host: unusedHost,
});

afterAll(async () => {
  await core.close();
  dir.remove();
});

describe('dispatch', () => {
  it('answers a valid call from the real core', async () => {
    const result = await dispatch(core.handlers, 'appInfo', undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { version: '9.9.9', runtime: 'browser-shell', localDatabasePath: `${dir.path}/app.sqlite` },
    });
    expect(result.ok && (result.value as { sqliteVersion: string }).sqliteVersion).toMatch(/^3\.\d+\.\d+$/);
  });

  it('rejects unexpected arguments with a Chinese message naming the field', async () => {
    const result = await dispatch(core.handlers, 'appInfo', { extra: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', fields: [{ field: 'extra' }] },
    });
    expect(!result.ok && result.error.message).toMatch(/参数无效.*extra/);
  });

  it('rejects arguments of the wrong type', async () => {
    const result = await dispatch(core.handlers, 'appInfo', 'hello');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('refuses unknown calls', async () => {
    expect(await dispatch(core.handlers, 'dropDatabase', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: '未知的调用：dropDatabase' },
    });
  });

  it('passes expected failures through and hides unexpected ones', async () => {
    // Only the call under test is needed; dispatch never looks at the others.
    const failing = (error: Error) =>
      ({ ...core.handlers, appInfo: () => Promise.reject(error) }) satisfies IpcHandlers;
    const expected = await dispatch(
      failing(new CallFailure('NOT_FOUND', '记录不存在')),
      'appInfo',
      undefined,
    );
    expect(expected).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '记录不存在' } });

    const reported: unknown[] = [];
    const hidden = await dispatch(failing(new Error('disk on fire')), 'appInfo', undefined, (_c, e) =>
      reported.push(e),
    );
    expect(hidden).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(hidden)).not.toContain('disk on fire');
    expect(reported).toHaveLength(1);
  });

  it('checks what a handler returns against the contract', async () => {
    const wrong = { appInfo: () => ({ version: 1 }) } as unknown as IpcHandlers;
    const result = await dispatch(wrong, 'appInfo', undefined, () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
