import { describe, expect, it } from 'vitest';
import { cacheFileFor } from '../../../../src-main/core/cache/cache-file.ts';

const account = { serverUrl: 'https://ce.example.cn/api', unitId: 'u1', adminId: 'a1' };

describe('cacheFileFor', () => {
  it('gives every server, unit and administrator a file of its own', () => {
    const files = new Set([
      cacheFileFor('/data', account),
      cacheFileFor('/data', { ...account, serverUrl: 'https://other.example.cn/api' }),
      cacheFileFor('/data', { ...account, unitId: 'u2' }),
      cacheFileFor('/data', { ...account, adminId: 'a2' }),
    ]);
    expect(files.size).toBe(4);
    for (const file of files) expect(file).toMatch(/^\/data\/caches\/[0-9a-f]{32}\.sqlite$/);
  });

  it('treats spellings of the same server URL alike', () => {
    const file = cacheFileFor('/data', account);
    expect(cacheFileFor('/data', { ...account, serverUrl: 'HTTPS://CE.example.cn/api/' })).toBe(file);
    expect(cacheFileFor('/data', { ...account, serverUrl: 'https://ce.example.cn:443/api' })).toBe(file);
  });
});
