import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates } from '../../src-main/core/certificates/batch/generate-batch.ts';
import type { BatchOutput } from '../../src-main/core/certificates/batch/batch-types.ts';
import { launchChromium } from '../../tests/support/browser.ts';
import { recordFigures } from '../support/results.ts';
import { BENCH_SERVER_URL, benchCertificates } from './bench-certificates.ts';
import { chromiumCertificatePdf, chromiumCombinedPdf, openCertificatePage } from './chromium-certificates.ts';

/**
 * 1,000 certificates as one PDF each and as one combined PDF, with PDFKit (generateCertificates,
 * as the app runs it) and with headless Chromium's page.pdf() from the same certificates as HTML in
 * one browser (both sides use both cores: two render threads, two browser pages); then the peak
 * memory of a 5,000-certificate batch, each mode in a process of its own.
 */
const COUNT = 1000;
const BATCH = 5000;
const root = join(tmpdir(), `cert-bench-${process.pid}`);
const certificates = benchCertificates(COUNT);
const rendering = { serverUrl: BENCH_SERVER_URL };

const sizeOf = (dir: string) =>
  readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);

async function pdfkit(output: BatchOutput): Promise<number> {
  const started = performance.now();
  const result = await generateCertificates({ rendering, certificates, output });
  if (result.failures.length > 0 || result.status !== 'completed')
    throw new Error(JSON.stringify(result.failures[0]));
  return (performance.now() - started) / 1000;
}

async function chromium(): Promise<{
  perFileSeconds: number;
  combinedSeconds: number;
  perFileBytes: number;
  combinedBytes: number;
}> {
  const browser = await launchChromium();
  try {
    const lanes = Math.min(2, availableParallelism());
    const pages = await Promise.all(Array.from({ length: lanes }, () => browser.newPage()));
    const dir = join(root, 'chromium-each');
    await Promise.all(pages.map((page) => openCertificatePage(page, join(root, 'chromium-html'))));
    let started = performance.now();
    let next = 0;
    await Promise.all(
      pages.map(async (page) => {
        while (next < COUNT) {
          const { data } = certificates[next++]!;
          await chromiumCertificatePdf(page, data, BENCH_SERVER_URL, join(dir, `${data.number}.pdf`));
        }
      }),
    );
    const perFileSeconds = (performance.now() - started) / 1000;
    const combined = join(root, 'chromium-combined.pdf');
    started = performance.now();
    await chromiumCombinedPdf(
      pages[0]!,
      certificates.map((certificate) => certificate.data),
      BENCH_SERVER_URL,
      join(root, 'chromium-html'),
      combined,
    );
    const combinedSeconds = (performance.now() - started) / 1000;
    return {
      perFileSeconds,
      combinedSeconds,
      perFileBytes: sizeOf(dir),
      combinedBytes: statSync(combined).size,
    };
  } finally {
    await browser.close();
  }
}

function peakRss(mode: 'combined' | 'perPerson'): number {
  const run = spawnSync(
    process.execPath,
    [new URL('./batch-rss.ts', import.meta.url).pathname, mode, String(BATCH)],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const { peakRssMb } = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { peakRssMb: number };
  console.log(`${BATCH} certificates, ${mode}: peak RSS ${peakRssMb.toFixed(0)} MB`);
  return peakRssMb;
}

try {
  const eachDir = join(root, 'pdfkit-each');
  const combinedFile = join(root, 'pdfkit-combined.pdf');
  const perFileSeconds = await pdfkit({ kind: 'perPerson', dir: eachDir });
  const combinedSeconds = await pdfkit({ kind: 'combined', file: combinedFile });
  const perFileKb = sizeOf(eachDir) / COUNT / 1024;
  const combinedKbPerPage = statSync(combinedFile).size / COUNT / 1024;
  console.log(
    `PDFKit: ${COUNT} files in ${perFileSeconds.toFixed(2)} s (${perFileKb.toFixed(1)} KB each), combined ${combinedSeconds.toFixed(2)} s (${combinedKbPerPage.toFixed(2)} KB a page)`,
  );

  const browser = await chromium();
  console.log(
    `Chromium: ${COUNT} files in ${browser.perFileSeconds.toFixed(1)} s (${(browser.perFileBytes / COUNT / 1024).toFixed(1)} KB each), ` +
      `combined ${browser.combinedSeconds.toFixed(1)} s (${(browser.combinedBytes / COUNT / 1024).toFixed(2)} KB a page)`,
  );
  const smaller =
    sizeOf(eachDir) < browser.perFileBytes && statSync(combinedFile).size < browser.combinedBytes;
  console.log(`PDFKit's PDFs are ${smaller ? '' : 'NOT '}smaller in both modes.`);

  const rss = Math.max(peakRss('combined'), peakRss('perPerson'));
  recordFigures([
    { id: 'cert.per_file_1000_s', value: perFileSeconds, unit: 's', goal: '<= 8' },
    { id: 'cert.per_file_kb', value: perFileKb, unit: 'KB', goal: '<= 30' },
    { id: 'cert.combined_1000_s', value: combinedSeconds, unit: 's', goal: '<= 4' },
    { id: 'cert.combined_kb_per_page', value: combinedKbPerPage, unit: 'KB', goal: '<= 3' },
    {
      id: 'cert.chromium_ratio_per_file',
      value: browser.perFileSeconds / perFileSeconds,
      unit: '×',
      goal: '>= 10',
    },
    {
      id: 'cert.chromium_ratio_combined',
      value: browser.combinedSeconds / combinedSeconds,
      unit: '×',
      goal: '>= 3',
    },
    { id: 'cert.batch_5000_rss_mb', value: rss, unit: 'MB', goal: '<= 300' },
  ]);
} finally {
  rmSync(root, { recursive: true, force: true });
}
