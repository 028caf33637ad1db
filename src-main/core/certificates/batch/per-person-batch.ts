import type { IssuedCertificate } from '../certificate-data.ts';
import type { BatchTracker } from './batch-tracker.ts';
import type { RenderOneResult } from './render-one.ts';

/** Renders one certificate to its own file in `dir`, in this thread or in a worker. */
export type RenderToFile = (certificate: IssuedCertificate, dir: string) => Promise<RenderOneResult>;

/**
 * One PDF per person, `parallel` at a time; stops handing out work when cancelled and lets what
 * is under way finish, so every file listed is complete.
 */
export async function writePerPerson(
  render: RenderToFile,
  parallel: number,
  certificates: readonly IssuedCertificate[],
  dir: string,
  tracker: BatchTracker,
  signal: AbortSignal | undefined,
): Promise<'completed' | 'cancelled'> {
  let next = 0;
  const lane = async () => {
    while (next < certificates.length && !signal?.aborted) {
      const certificate = certificates[next++]!;
      const result = await render(certificate, dir);
      if (result.ok) tracker.succeeded(certificate, result.truncated, result.file);
      else tracker.failed(certificate.data, result.reason);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  const order = new Map(certificates.map((certificate, index) => [certificate, index]));
  tracker.files.sort((a, b) => order.get(a.certificates[0]!)! - order.get(b.certificates[0]!)!);
  return signal?.aborted ? 'cancelled' : 'completed';
}
