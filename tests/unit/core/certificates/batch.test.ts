import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCertificates } from '../../../../src-main/core/certificates/batch/generate-batch.ts';
import type { BatchProgress } from '../../../../src-main/core/certificates/batch/batch-types.ts';
import { TemplateError } from '../../../../src-main/core/certificates/template/template-error.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';
import { UNCOVERED, issued, pdfText, poppler, popplerAvailable } from './support/certificates.ts';

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);

describe.runIf(popplerAvailable())('generateCertificates', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir('batch');
  });
  afterEach(() => dir.remove());

  it('writes one combined PDF with a page per certificate, in order, and reports progress', async () => {
    const certificates = ['张三', '吉𠮷', '王㛃'].map((name) => issued({ name }));
    const progress: BatchProgress[] = [];
    const file = join(dir.path, 'out', '证书.pdf');
    const result = await generateCertificates({
      rendering: {},
      certificates,
      output: { kind: 'combined', file },
      onProgress: (step) => progress.push(step),
    });
    expect(result).toMatchObject({ status: 'completed', failures: [], warnings: [] });
    expect(result.files).toEqual([{ file, certificates }]);
    expect(pages(file)).toBe(3);
    expect(pdfText(file)).toMatch(/张三.*吉𠮷.*王㛃/);
    expect(progress.at(-1)).toEqual({ done: 3, failed: 0, total: 3 });
  });

  it('writes one PDF per person, in a worker thread or in this one, named by number and name', async () => {
    const certificates = Array.from({ length: 40 }, (_, index) =>
      issued({ name: index % 2 ? '李堃' : '赵珺' }),
    );
    for (const workerUrl of [undefined, null]) {
      const out = join(dir.path, workerUrl === null ? 'in-thread' : 'worker');
      const result = await generateCertificates({
        rendering: {},
        certificates,
        output: { kind: 'perPerson', dir: out },
        workerUrl,
      });
      expect(result.status).toBe('completed');
      expect(result.files.map((file) => file.certificates[0])).toEqual(certificates);
      expect(readdirSync(out)).toHaveLength(40);
      const first = result.files[0]!;
      expect(first.file).toBe(join(out, `${certificates[0]!.data.number}_赵珺.pdf`));
      expect(pdfText(first.file)).toContain('姓名：赵珺');
    }
  });

  it('leaves out a certificate no font can draw, says why, and goes on', async () => {
    const certificates = [
      issued({ name: '张三' }),
      issued({ name: `龚${UNCOVERED}` }),
      issued({ name: '李四' }),
    ];
    const file = join(dir.path, 'all.pdf');
    const result = await generateCertificates({
      rendering: {},
      certificates,
      output: { kind: 'combined', file },
    });
    expect(result.failures).toEqual([
      {
        staffId: certificates[1]!.data.staffId,
        name: `龚${UNCOVERED}`,
        reason: expect.stringContaining('U+30000'),
      },
    ]);
    expect(result.files[0]!.certificates).toEqual([certificates[0], certificates[2]]);
    expect(pages(file)).toBe(2);
  });

  it('refuses a template that does not validate before any work, in Chinese', async () => {
    const file = join(dir.path, 'never.pdf');
    const rendering = { templateValue: { value: { version: 1 }, baseDir: dir.path } };
    await expect(
      generateCertificates({ rendering, certificates: [issued()], output: { kind: 'combined', file } }),
    ).rejects.toThrow(TemplateError);
    expect(existsSync(file)).toBe(false);
  });

  it('stops when cancelled: a combined PDF is deleted, files written per person stay listed', async () => {
    const certificates = Array.from({ length: 30 }, () => issued());
    const controller = new AbortController();
    const file = join(dir.path, 'cancelled.pdf');
    const combined = await generateCertificates({
      rendering: {},
      certificates,
      output: { kind: 'combined', file },
      signal: controller.signal,
      onProgress: ({ done }) => done >= 1 && controller.abort(),
    });
    expect(combined).toMatchObject({ status: 'cancelled', files: [] });
    expect(existsSync(file)).toBe(false);

    const later = new AbortController();
    let written = 0;
    const perPerson = await generateCertificates({
      rendering: {},
      certificates: certificates.slice(0, 10),
      output: { kind: 'perPerson', dir: join(dir.path, 'each') },
      signal: later.signal,
      workerUrl: null,
      onProgress: ({ done }) => {
        written = done;
        if (done >= 1) later.abort();
      },
    });
    expect(perPerson.status).toBe('cancelled');
    expect(perPerson.files.length).toBeGreaterThanOrEqual(written);
    expect(written).toBeGreaterThan(0);
    expect(perPerson.files.length).toBeLessThan(10);
    expect(readdirSync(join(dir.path, 'each'))).toHaveLength(perPerson.files.length);
  });
});
