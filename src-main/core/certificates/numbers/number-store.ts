import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const leaseSchema = z.object({
  year: z.number().int(),
  prefix: z.string(),
  /** The next number of the block not handed out yet. */
  next: z.number().int(),
  last: z.number().int(),
});
export type StoredLease = z.infer<typeof leaseSchema>;

const stateSchema = z.object({
  leases: z.array(leaseSchema),
  /** Per year, the next sequence number of this client's offline numbers. */
  offline: z.record(z.string(), z.number().int()),
  /** Per year, the prefix the server last leased under, which offline numbers carry too. */
  prefixes: z.record(z.string(), z.string()),
});
export type NumberState = z.infer<typeof stateSchema>;

const EMPTY: NumberState = { leases: [], offline: {}, prefixes: {} };

/** Reads the numbering state; a missing file is a fresh client. A damaged file is an error, never a reset. */
export function readNumberState(file: string): NumberState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(EMPTY);
    throw error;
  }
  const parsed = stateSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`证书编号记录文件已损坏，请联系管理员：${file}`);
  return parsed.data;
}

/**
 * Writes the state durably before any number from it is printed: a temporary file, flushed to
 * disk, renamed over the old one, so a crash leaves either the old or the new state, never a mix.
 */
export function writeNumberState(file: string, state: NumberState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
