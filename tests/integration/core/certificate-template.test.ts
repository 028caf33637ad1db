import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificateJobEventSchema,
  type CertificateJobResult,
  type CertificateTemplateStatus,
} from '../../../src-shared/contract/index.ts';
import type { StaffTable } from '../../../src-server/db/schema.ts';
import { insertDeclaration, insertStaff, insertUnitAdmin } from '../../support/server-fixtures.ts';
import { pdfText, poppler } from '../../unit/core/certificates/support/certificates.ts';
import { logInOk, seedUnitAccount, startDesk, type Desk, type UnitAccount } from './support/desk.ts';

const YEAR = 2026;
const SHIPPED_TITLE = '继续教育证书';
/** Titles that share nothing with the shipped one, so a stale template cannot pass for the new one. */
const UNIT_TITLE = '专业技术人员学时证明';
const EDITED_AGAIN = '年度学时合格证明';
/** The name element moves this far right in the unit's template. */
const NAME_SHIFT_MM = 10;
const POINTS_PER_MM = 72 / 25.4;

let desk: Desk;
let account: UnitAccount;
let other: UnitAccount;
let person: StaffTable;

beforeAll(async () => {
  desk = await startDesk();
  const { context } = desk.server;
  account = await seedUnitAccount(desk.server);
  other = await seedUnitAccount(desk.server);
  person = await insertStaff(context, account.unit.id, { name: '王㛃' });
  await insertDeclaration(context, person, { status: 'approved', year: YEAR, hours: 30 });
  await logInOk(desk, account);
  await desk.call('syncNow');
}, 120_000);

afterAll(async () => {
  await desk.close();
});

type Json = Record<string, Record<string, unknown>>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Json;
/** As Windows Notepad saves UTF-8: with a byte order mark. */
const writeLikeNotepad = (path: string, value: unknown) =>
  writeFileSync(path, `\uFEFF${JSON.stringify(value, null, 2)}`);

async function samplePreview(): Promise<Buffer> {
  const preview = await desk.call('certificatesPreview', { year: YEAR });
  expect(preview).toMatchObject({ sample: true, message: null });
  return Buffer.from(preview.pdfBase64!, 'base64');
}

/** Where poppler finds the first word starting with `start` (points from the top left). */
function wordBox(pdf: Buffer, start: string): { xMin: number; yMin: number } {
  const html = poppler('pdftotext', pdf, ['-bbox']);
  for (const [, xMin, yMin, text] of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</g))
    if (text!.startsWith(start)) return { xMin: Number(xMin), yMin: Number(yMin) };
  throw new Error(`no word starting with ${start}`);
}

/** Images drawn on the page (`pdfimages -list`): the QR code (a stencil), and the seal when there is one. */
const imageCount = (pdf: Buffer) =>
  execFileSync('pdfimages', ['-list', '-'], { input: pdf, encoding: 'utf8' })
    .split('\n')
    .filter((line) => /^\s+1\s+\d+\s+(image|stencil)\s/.test(line)).length;

async function refusalOf(channel: 'certificateTemplateUse' | 'certificateTemplateEdit', args: unknown) {
  const result = await desk.result(channel, args);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

async function savePdf(): Promise<CertificateJobResult> {
  const finished = Promise.withResolvers<CertificateJobResult>();
  let jobId: string | null = null;
  const early: CertificateJobResult[] = [];
  const stop = desk.core.onEvent((name, payload) => {
    if (name !== 'certificateJob') return;
    const event = certificateJobEventSchema.parse(payload);
    if (event.state !== 'finished') return;
    if (jobId === null) early.push(event.result);
    else if (event.jobId === jobId) finished.resolve(event.result);
  });
  try {
    const start = await desk.call('certificatesRun', {
      year: YEAR,
      selection: { staffIds: [person.id] },
      output: { kind: 'pdf', files: 'combined', directory: join(desk.dir.path, 'saved') },
    });
    jobId = start.jobId;
    if (early[0]) finished.resolve(early[0]);
    return await finished.promise;
  } finally {
    stop();
  }
}

describe('证书模板: a unit prints with its own template', () => {
  let shipped: CertificateTemplateStatus;
  let exported: { directory: string; templatePath: string };
  let shippedNameX: number;

  it('starts with the shipped template', async () => {
    shipped = await desk.call('certificateTemplateGet');
    expect(shipped).toMatchObject({
      custom: false,
      templateName: '继续教育证书（默认模板）',
      problems: [],
      common: { title: SHIPPED_TITLE, issuer: null },
    });
    expect(shipped.path).toMatch(/resources[\\/]certificate[\\/]template\.json$/);
    expect(shipped.common!.sealFile).toBe(join(dirname(shipped.path), 'seal.png'));
    const pdf = await samplePreview();
    expect(pdfText(pdf)).toContain(SHIPPED_TITLE);
    shippedNameX = wordBox(pdf, '姓').xMin;
  });

  it('exports the shipped template with its seal into a new folder of the user data folder', async () => {
    exported = await desk.call('certificateTemplateExportDefault');
    expect(exported.directory).toBe(join(desk.dir.path, 'certificate-template'));
    expect(exported.templatePath).toBe(join(exported.directory, 'template.json'));
    expect(readdirSync(exported.directory).sort()).toEqual(['seal.png', 'template.json', '说明.txt'].sort());
    expect(readFileSync(join(exported.directory, 'seal.png'))).toEqual(
      readFileSync(shipped.common!.sealFile!),
    );
    const template = readJson(exported.templatePath);
    expect(template.title!.text).toBe(SHIPPED_TITLE);
    expect(template.seal!.file).toBe('seal.png');
    expect(readFileSync(join(exported.directory, '说明.txt'), 'utf8')).toContain('使用此模板');

    // A second export never overwrites the first, which the officer may be editing.
    const again = await desk.call('certificateTemplateExportDefault');
    expect(again.directory).toBe(join(desk.dir.path, 'certificate-template-2'));
    expect((await desk.call('certificateTemplateGet')).custom).toBe(false);
  });

  it('uses the edited template for previews and print runs', async () => {
    const template = readJson(exported.templatePath);
    template.title!.text = UNIT_TITLE;
    template.name!.x = (template.name!.x as number) + NAME_SHIFT_MM;
    writeLikeNotepad(exported.templatePath, template);

    // The folder is enough: its template.json is meant.
    const used = await desk.call('certificateTemplateUse', { path: `"${exported.directory}"` });
    expect(used).toEqual({
      custom: true,
      path: exported.templatePath,
      templateName: '继续教育证书（本单位模板）',
      problems: [],
      common: { title: UNIT_TITLE, issuer: null, sealFile: join(exported.directory, 'seal.png') },
    });

    const pdf = await samplePreview();
    const text = pdfText(pdf);
    expect(text).toContain(UNIT_TITLE);
    expect(text).not.toContain(SHIPPED_TITLE);
    expect(text).toContain('吉𠮷喆');
    expect(wordBox(pdf, '姓').xMin - shippedNameX).toBeCloseTo(NAME_SHIFT_MM * POINTS_PER_MM, 1);

    const person_ = await desk.call('certificatesPreview', { year: YEAR, staffId: person.id });
    expect(pdfText(Buffer.from(person_.pdfBase64!, 'base64'))).toContain(UNIT_TITLE);

    const run = await savePdf();
    expect(run).toMatchObject({ outcome: 'completed', produced: 1 });
    const printed = pdfText(run.files[0]!);
    expect(printed).toContain(UNIT_TITLE);
    expect(printed).toContain('王㛃');
  });

  it('shows an edit made in a text editor after the template was chosen in the next preview', async () => {
    const template = readJson(exported.templatePath);
    template.title!.text = EDITED_AGAIN;
    writeLikeNotepad(exported.templatePath, template);
    expect(pdfText(await samplePreview())).toContain(EDITED_AGAIN);
    template.title!.text = UNIT_TITLE;
    writeLikeNotepad(exported.templatePath, template);
    expect(pdfText(await samplePreview())).toContain(UNIT_TITLE);
  });

  it('refuses an invalid template, naming every problem in Chinese, and keeps the template in use', async () => {
    const broken = join(desk.dir.path, 'certificate-template-2', 'template.json');
    const template = readJson(broken);
    template.name!.minFontSize = 40;
    template.qr!.x = 290;
    template.textColor = 'red' as never;
    writeFileSync(broken, JSON.stringify(template));

    const error = await refusalOf('certificateTemplateUse', { path: broken });
    expect(error.code).toBe('INVALID_ARGUMENT');
    const problems = error.fields!.map((field) => field.message);
    expect(problems).toEqual(
      expect.arrayContaining([
        '“姓名”的“最小字号”：最小字号不能大于字号',
        '“文字颜色”：颜色应写作 #RRGGBB，例如 #9E2A2B',
      ]),
    );
    expect(error.fields!.every((field) => field.field === 'path')).toBe(true);
    expect(error.message).toContain('未采用');

    // Once those are fixed, the next problem: the QR code off the page.
    template.name!.minFontSize = 10;
    template.textColor = '#222222' as never;
    writeFileSync(broken, JSON.stringify(template));
    const offPage = await refusalOf('certificateTemplateUse', { path: broken });
    expect(offPage.fields!.map((field) => field.message)).toEqual([
      expect.stringMatching(/^“二维码”：超出纸张范围：右边缘 326\.0 毫米/),
    ]);

    // A seal that is missing and a file that is not JSON at all.
    template.qr!.x = 221;
    template.seal!.file = '印章.png';
    writeFileSync(broken, JSON.stringify(template));
    const noSeal = await refusalOf('certificateTemplateUse', { path: broken });
    expect(noSeal.fields![0]!.message).toMatch(/^找不到印章图片文件：.*印章\.png$/);
    writeFileSync(broken, '{ "version": 1, ');
    const notJson = await refusalOf('certificateTemplateUse', { path: broken });
    expect(notJson.fields![0]!.message).toMatch(/^模板文件不是有效的 JSON/);
    const missing = await refusalOf('certificateTemplateUse', { path: join(desk.dir.path, 'nowhere.json') });
    expect(missing.fields![0]!.message).toMatch(/^找不到模板文件/);
    const relative = await refusalOf('certificateTemplateUse', { path: 'template.json' });
    expect(relative.fields).toEqual([expect.objectContaining({ field: 'path' })]);

    // Nor can the settings call choose a template without it being checked.
    const unchecked = await desk.result('settingsSet', {
      certificateTemplates: { [account.unit.id]: broken },
    });
    expect(unchecked).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        fields: expect.arrayContaining([expect.objectContaining({ field: 'certificateTemplates' })]),
      },
    });

    const status = await desk.call('certificateTemplateGet');
    expect(status).toMatchObject({ custom: true, path: exported.templatePath, problems: [] });
    expect(pdfText(await samplePreview())).toContain(UNIT_TITLE);
  });

  it('edits the title, the issuing body and the seal in the app', async () => {
    const edited = await desk.call('certificateTemplateEdit', {
      title: EDITED_AGAIN,
      issuer: '河南省某某卫生健康委员会',
      seal: { kind: 'none' },
    });
    expect(edited).toMatchObject({
      custom: true,
      path: exported.templatePath,
      common: { title: EDITED_AGAIN, issuer: '河南省某某卫生健康委员会', sealFile: null },
    });
    let pdf = await samplePreview();
    expect(pdfText(pdf)).toContain('河南省某某卫生健康委员会');
    expect(imageCount(pdf)).toBe(1); // the QR code only
    // The rest of the officer's template stays as they left it.
    expect(readJson(exported.templatePath).name!.x).toBe(30 + NAME_SHIFT_MM);

    const seal = await desk.call('certificateTemplateEdit', {
      title: UNIT_TITLE,
      issuer: '',
      seal: { kind: 'file', path: shipped.common!.sealFile! },
    });
    expect(seal.common!.issuer).toBeNull();
    expect(dirname(seal.common!.sealFile!)).toBe(exported.directory);
    expect(readFileSync(seal.common!.sealFile!)).toEqual(readFileSync(shipped.common!.sealFile!));
    pdf = await samplePreview();
    expect(imageCount(pdf)).toBe(2);
    expect(pdfText(pdf)).toContain(UNIT_TITLE);

    // A seal that is no image is refused and nothing changes.
    const before = readFileSync(exported.templatePath, 'utf8');
    const error = await refusalOf('certificateTemplateEdit', {
      title: '不应保存',
      issuer: null,
      seal: { kind: 'file', path: join(exported.directory, '说明.txt') },
    });
    expect(error.fields![0]!.message).toMatch(/^图片只能是 PNG 或 JPEG/);
    expect(readFileSync(exported.templatePath, 'utf8')).toBe(before);
    expect(await desk.call('certificateTemplateGet')).toEqual(seal);
  });

  it('keeps the choice per unit: another unit on this PC prints with its own (here the shipped) template', async () => {
    await logInOk(desk, other);
    expect(await desk.call('certificateTemplateGet')).toMatchObject({ custom: false, path: shipped.path });
    expect(pdfText(await samplePreview())).toContain(SHIPPED_TITLE);

    // Its first in-app edit makes a copy of the shipped template its own.
    const edited = await desk.call('certificateTemplateEdit', {
      title: '另一单位的证书',
      issuer: null,
      seal: { kind: 'keep' },
    });
    expect(edited.custom).toBe(true);
    expect(edited.path).toBe(join(desk.dir.path, 'certificate-template-3', 'template.json'));
    expect(edited.common!.sealFile).toBe(join(desk.dir.path, 'certificate-template-3', 'seal.png'));

    await logInOk(desk, account);
    expect(await desk.call('certificateTemplateGet')).toMatchObject({ path: exported.templatePath });
  });

  it('refuses a sub-administrator who may not print certificates', async () => {
    const sub = await insertUnitAdmin(desk.server.context, account.unit.id, {
      role: 'sub',
      permissions: JSON.stringify(['staff']),
    });
    await logInOk(desk, { unit: account.unit, admin: sub });
    await desk.call('syncNow');
    const error = await refusalOf('certificateTemplateUse', { path: null });
    expect(error.code).toBe('FORBIDDEN');
    await logInOk(desk, account);
    expect((await desk.call('certificateTemplateGet')).custom).toBe(true);
  });

  it('tells when the template in use no longer opens, and goes back to the shipped template', async () => {
    writeFileSync(exported.templatePath, '{}');
    const status = await desk.call('certificateTemplateGet');
    expect(status).toMatchObject({ custom: true, templateName: null, common: null });
    expect(status.problems.length).toBeGreaterThan(0);
    const preview = await desk.result('certificatesPreview', { year: YEAR });
    expect(preview).toMatchObject({ ok: false, error: { message: expect.stringContaining('证书模板有误') } });

    const restored = await desk.call('certificateTemplateUse', { path: null });
    expect(restored).toEqual(shipped);
    expect(pdfText(await samplePreview())).toContain(SHIPPED_TITLE);
    // The officer's files stay where they are.
    expect(existsSync(exported.templatePath)).toBe(true);
    expect(existsSync(join(desk.dir.path, 'settings.json'))).toBe(true);
    expect(
      JSON.parse(readFileSync(join(desk.dir.path, 'settings.json'), 'utf8')).certificateTemplates,
    ).toEqual({
      [other.unit.id]: join(desk.dir.path, 'certificate-template-3', 'template.json'),
    });
  });
});
