import { parseArgs } from 'node:util';
import type { BigUnitOptions } from './big-unit.ts';

export interface SeedOptions {
  /** The PRNG seed: the same options always give the same data, ids included. */
  seed: number;
  /** Replace the data of a database that already holds some. */
  reset: boolean;
  bigUnit?: BigUnitOptions;
}

const SEED_USAGE =
  'Usage: npm run seed [-- --reset] [--seed <n>] [--big-unit-staff <n> --big-unit-declarations <n>]';

function count(name: string, text: string | undefined): number {
  if (text === undefined) return 0;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, got "${text}".\n${SEED_USAGE}`);
  return value;
}

export function parseSeedArgs(args: readonly string[]): SeedOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'big-unit-staff': { type: 'string' },
      'big-unit-declarations': { type: 'string' },
    },
    strict: true,
  });
  const staff = count('big-unit-staff', values['big-unit-staff']);
  const declarations = count('big-unit-declarations', values['big-unit-declarations']);
  if (declarations > 0 && staff === 0)
    throw new Error(`--big-unit-declarations needs --big-unit-staff.\n${SEED_USAGE}`);
  return {
    seed: values.seed === undefined ? 1 : count('seed', values.seed),
    reset: values.reset,
    ...(staff > 0 ? { bigUnit: { staff, declarations } } : {}),
  };
}
