import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { requireOutside } from '../../../support/outside.ts';
import { poppler } from '../../../unit/core/certificates/support/certificates.ts';

export const QUEUE = 'PDF';
/** cups-pdf writes each job to <home>/PDF/<title>-job_<id>.pdf, the home of the user who printed (passwd). */
const OUTPUT_DIR = join(userInfo().homedir, 'PDF');

/** CUPS running with the cups-pdf queue; .ci/run sets it up, a developer machine may skip. */
export function cupsPdfQueue(): boolean {
  const scheduler = spawnSync('lpstat', ['-r'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  const queue = spawnSync('lpstat', ['-p', QUEUE], { encoding: 'utf8' });
  const ipptool = spawnSync('ipptool', ['-v']);
  const ready = scheduler.stdout?.includes('scheduler is running') && queue.status === 0 && !ipptool.error;
  return requireOutside(
    'CUPS with the cups-pdf queue "PDF"',
    Boolean(ready),
    'apt-get install cups printer-driver-cups-pdf cups-ipp-utils; /usr/sbin/cupsd; lpadmin -p PDF -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E (see .ci/run)',
  );
}

/** The PDF cups-pdf wrote for a job. */
export async function outputOf(jobId: string): Promise<string> {
  const suffix = `job_${jobId.slice(jobId.lastIndexOf('-') + 1)}.pdf`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = existsSync(OUTPUT_DIR) && readdirSync(OUTPUT_DIR).find((name) => name.endsWith(suffix));
    if (found) return join(OUTPUT_DIR, found);
    await sleep(100);
  }
  throw new Error(`cups-pdf wrote no file for ${jobId}`);
}

export const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
