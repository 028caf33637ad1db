import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IssuedCertificate } from '../certificate-data.ts';
import { openRenderer, type OpenRendererOptions } from '../open-renderer.ts';
import { BatchTracker } from './batch-tracker.ts';
import type { BatchOutput, BatchProgress, BatchResult } from './batch-types.ts';
import { writeCombined } from './combined-batch.ts';
import { writePerPerson } from './per-person-batch.ts';
import { renderOne } from './render-one.ts';

export interface BatchJob {
  /** Template, fonts, server address and paper. */
  rendering: OpenRendererOptions;
  certificates: readonly IssuedCertificate[];
  output: BatchOutput;
}

/** One PDF is written while the next is drawn: the thread never waits for the disk. */
const PER_PERSON_LANES = 2;

/** Generates a batch in the calling thread. */
export async function generateInThread(
  { rendering, certificates, output }: BatchJob,
  signal: AbortSignal | undefined,
  onProgress: ((progress: BatchProgress) => void) | undefined,
): Promise<BatchResult> {
  const renderer = openRenderer(rendering);
  const tracker = new BatchTracker(certificates.length, onProgress);
  if (output.kind === 'combined') {
    mkdirSync(dirname(output.file), { recursive: true });
    return tracker.result(await writeCombined(renderer, certificates, output.file, tracker, signal));
  }
  mkdirSync(output.dir, { recursive: true });
  const render = (certificate: IssuedCertificate, dir: string) => renderOne(renderer, certificate.data, dir);
  return tracker.result(
    await writePerPerson(render, PER_PERSON_LANES, certificates, output.dir, tracker, signal),
  );
}
