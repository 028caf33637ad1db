import { existsSync, readFileSync } from 'node:fs';
import { settingsSchema, type Settings, type SettingsChanges } from '../../../src-shared/contract/index.ts';
import { writeFileDurably } from '../durable-file.ts';

export const DEFAULT_SETTINGS: Settings = {
  serverUrl: null,
  printerName: null,
  paperSize: 'A4',
  orientation: 'landscape',
  syncIntervalSeconds: 300,
  prefetchBudgetMb: 500,
  certificateTemplates: {},
};

export interface SettingsStore {
  get(): Settings;
  /**
   * Saves the changes (already validated by the contract) and answers all settings. The core may
   * also change what settingsSet cannot (each unit's certificate template, after validating it).
   */
  set(changes: SettingsChanges | Partial<Settings>): Settings;
  /** Called after every change, e.g. to give the sync engine a new interval; returns the unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
}

/**
 * Settings in a JSON file of the user data folder; `defaults` fill what the file does not say (the
 * host passes the embedded demo server's address as the default server URL). A file that is missing, unreadable or holds values
 * an older or newer version wrote is read field by field: what is valid is kept, the rest defaults.
 */
export function openSettingsStore(path: string, defaults: Settings = DEFAULT_SETTINGS): SettingsStore {
  let current = readSettings(path, defaults);
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get: () => current,
    set(changes) {
      const next = settingsSchema.parse({ ...current, ...changes });
      writeFileDurably(path, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
      current = next;
      for (const listener of listeners) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readSettings(path: string, defaults: Settings): Settings {
  const stored = existsSync(path) ? parseJson(readFileSync(path, 'utf8')) : {};
  const settings: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse(stored[key]);
    if (parsed.success && key in stored) settings[key] = parsed.data;
  }
  return settingsSchema.parse(settings);
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
