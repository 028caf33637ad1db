import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileDurably } from '../../durable-file.ts';

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

/** Writes the state durably before any number from it is printed (a crash leaves the old or the new). */
export function writeNumberState(file: string, state: NumberState): void {
  writeFileDurably(file, JSON.stringify(state));
}
