import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, openSettingsStore } from '../../../../src-main/core/settings/settings-store.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';

let dir: TempDir;
afterEach(() => dir.remove());

const fileIn = () => {
  dir = makeTempDir('settings');
  return join(dir.path, 'settings.json');
};

describe('settings store', () => {
  it('starts from the defaults and keeps changes in its file', () => {
    const path = fileIn();
    const store = openSettingsStore(path);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const heard: unknown[] = [];
    const stop = store.onChange((settings) => heard.push(settings.syncIntervalSeconds));
    store.set({ syncIntervalSeconds: 600, serverUrl: 'https://ce.example.cn/api/v1' });
    stop();
    store.set({ syncIntervalSeconds: 900 });
    expect(heard).toEqual([600]);
    expect(openSettingsStore(path).get()).toMatchObject({
      syncIntervalSeconds: 900,
      serverUrl: 'https://ce.example.cn/api/v1',
    });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ syncIntervalSeconds: 900 });
  });

  it('keeps what is valid of a damaged or foreign file and defaults the rest', () => {
    const path = fileIn();
    writeFileSync(
      path,
      JSON.stringify({ syncIntervalSeconds: 1, paperSize: 'A5', printerName: '前台', extra: true }),
    );
    expect(openSettingsStore(path).get()).toEqual({
      ...DEFAULT_SETTINGS,
      paperSize: 'A5',
      printerName: '前台',
    });
    writeFileSync(path, '{ not json');
    expect(openSettingsStore(path).get()).toEqual(DEFAULT_SETTINGS);
  });
});
