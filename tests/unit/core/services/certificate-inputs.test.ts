import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/index.ts';
import { createCoreServices } from '../../../../src-main/core/services/core-services.ts';
import { unusedHost } from '../../../support/core.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

const dir = makeTempDir('certificate-inputs');
const core = createCoreServices({
  userDataDir: dir.path,
  identity: { productName: '测试', version: '0.0.1', runtime: 'browser-shell' },
  host: unusedHost,
});

afterAll(async () => {
  await core.close();
  dir.remove();
});

const print = { kind: 'print', copies: 1 };

describe('证书打印 calls validate their input', () => {
  it.each([
    [
      'certificatesRun',
      { year: 2025, selection: {}, output: { kind: 'print', copies: 0 } },
      'output.copies',
      '份数至少为 1',
    ],
    [
      'certificatesRun',
      { year: 2025, selection: {}, output: { kind: 'fax' } },
      'output.kind',
      '请选择打印或保存为 PDF',
    ],
    [
      'certificatesRun',
      { year: 2025, selection: {}, output: { kind: 'pdf', files: 'perPerson', directory: '证书' } },
      'output.directory',
      '请输入完整的文件夹路径',
    ],
    [
      'certificatesRun',
      { year: 2025, selection: { staffIds: [] }, output: print },
      'selection.staffIds',
      '请至少选择一人',
    ],
    [
      'certificatesRun',
      { year: 2025, selection: {}, output: print, paperSize: 'A3' },
      'paperSize',
      '请选择纸张大小',
    ],
    ['certificatesPreview', { year: 1999 }, 'year', ''],
    ['certificatesCancel', {}, 'jobId', ''],
  ])('%s refuses bad input naming %s', async (channel, args, field, message) => {
    const result = await dispatch(core.handlers, channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const fields = result.ok ? [] : result.error.fields!;
    expect(fields.find((entry) => entry.field === field)?.message).toContain(message);
  });

  it('needs an open account to print, preview a person or cancel', async () => {
    for (const [channel, args] of [
      ['certificatesRun', { year: 2025, selection: {}, output: print }],
      ['certificatesPreview', { year: 2025, staffId: 's1' }],
    ] as const) {
      expect(await dispatch(core.handlers, channel, args)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await dispatch(core.handlers, 'certificatesCancel', { jobId: 'none' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('previews sample data before log-in, to check the template and fonts', async () => {
    const result = await dispatch(core.handlers, 'certificatesPreview', { year: 2025 });
    expect(result).toMatchObject({ ok: true, value: { sample: true, missingCharacters: [], message: null } });
    const pdf = Buffer.from((result as { value: { pdfBase64: string } }).value.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
