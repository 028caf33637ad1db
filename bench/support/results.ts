import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** One measured figure; `goal` reads like "<= 10" or ">= 300000". */
export interface Figure {
  id: string;
  value: number;
  unit: string;
  goal: string;
}

const RESULTS = new URL('../results.json', import.meta.url);

export function meetsGoal({ value, goal }: Pick<Figure, 'value' | 'goal'>): boolean {
  const match = /^(<=|>=|<|>)\s*([\d.]+)$/.exec(goal.trim());
  if (!match) return false;
  const limit = Number(match[2]);
  return { '<=': value <= limit, '>=': value >= limit, '<': value < limit, '>': value > limit }[match[1]!]!;
}

/** Prints the figures as a table and merges them into bench/results.json. */
export function recordFigures(figures: Figure[]): void {
  const at = new Date().toISOString();
  const existing = readResults();
  for (const figure of figures) {
    existing[figure.id] = { value: round(figure.value), unit: figure.unit, goal: figure.goal, at };
  }
  writeFileSync(RESULTS, `${JSON.stringify(sortKeys(existing), null, 2)}\n`);
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log('| id | value | unit | goal | met |\n|---|---|---|---|---|');
  for (const f of figures)
    console.log(`| ${f.id} | ${round(f.value)} | ${f.unit} | ${f.goal} | ${meetsGoal(f) ? 'yes' : 'NO'} |`);
}

type Results = Record<string, { value: number; unit: string; goal: string; at: string }>;

function readResults(): Results {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
  } catch {
    return {};
  }
}

function sortKeys(results: Results): Results {
  return Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
