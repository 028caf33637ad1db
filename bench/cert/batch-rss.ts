import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates } from '../../src-main/core/certificates/batch/generate-batch.ts';
import { BENCH_SERVER_URL, benchCertificates } from './bench-certificates.ts';

/**
 * Run as its own process by cert.bench.ts: one batch (`combined` or `perPerson`) of `count`
 * certificates, then prints the process's peak resident memory in MB (worker threads included).
 */
const [mode = 'combined', count = '5000'] = process.argv.slice(2);
const out = join(tmpdir(), `cert-rss-${process.pid}`);
const certificates = benchCertificates(Number(count));
const result = await generateCertificates({
  rendering: { serverUrl: BENCH_SERVER_URL },
  certificates,
  output:
    mode === 'combined' ? { kind: 'combined', file: join(out, 'all.pdf') } : { kind: 'perPerson', dir: out },
});
rmSync(out, { recursive: true, force: true });
if (result.failures.length > 0) throw new Error(result.failures[0]!.reason);
console.log(
  JSON.stringify({ mode, count: certificates.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);
