import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRenderer } from '../../../../src-main/core/certificates/open-renderer.ts';
import { defaultResourcesDir } from '../../../../src-main/core/certificates/resources-dir.ts';
import { defaultTemplatePath } from '../../../../src-main/core/certificates/template/load-template.ts';
import type { CertificateRenderer } from '../../../../src-main/core/certificates/render/certificate-renderer.ts';
import { MissingGlyphsError } from '../../../../src-main/core/certificates/render/missing-glyphs-error.ts';
import { requireOutside } from '../../../support/outside.ts';
import {
  BEYOND_BUNDLED,
  HANAZONO,
  RARE_NAMES,
  UNCOVERED,
  pdfFonts,
  pdfText,
  popplerAvailable,
  poppler,
  preview,
} from './support/certificates.ts';

describe.runIf(popplerAvailable())('a certificate PDF', () => {
  let renderer: CertificateRenderer;
  beforeAll(() => {
    renderer = openRenderer({ serverUrl: 'https://ce.example.gov.cn/api/v1' });
  });

  it.each(RARE_NAMES)('holds every character of the name %s as text', async (name) => {
    const text = pdfText(await preview(renderer, { name }));
    for (const character of name) expect(text).toContain(character);
    expect(text).toContain(`姓名：${name}`);
  });

  it('shows the fields: number, masked ID number, unit, department, year, hours, issuer, date, code', async () => {
    const text = pdfText(
      await preview(renderer, {
        number: 'HN2025X00042',
        idNumber: '41010519900101123X',
        unitName: '郑州市第一人民医院',
        departmentName: '心血管内科',
        verificationCode: 'QRSTUVWXYZ234567',
      }),
    );
    for (const expected of [
      '继续教育证书',
      '证书编号：HN2025X00042',
      '身份证号：410105********123X',
      '工作单位：郑州市第一人民医院',
      '所在部门：心血管内科',
      '学时年度：2025年度',
      '项目公需科目专业科目合计',
      '完成学时3064.594.5',
      '年度要求246090',
      '是否达标达标达标达标',
      '已达到年度学时要求',
      '2026年1月5日',
      '验证码：QRSTUVWXYZ234567',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('199001011');
  });

  it('says when the requirement is not met', async () => {
    const text = pdfText(
      await preview(renderer, {
        publicHours: 10,
        totalHours: 74.5,
        publicMet: false,
        totalMet: false,
        met: false,
      }),
    );
    expect(text).toContain('是否达标未达标达标未达标');
    expect(text).toContain('未达到年度学时要求');
  });

  it('embeds the fonts as subsets, the TrueType one only while no character needs the fallback', async () => {
    const plain = pdfFonts(await preview(renderer, { name: '张三' }));
    expect(plain).toEqual([expect.objectContaining({ type: 'CID TrueType', embedded: true, subset: true })]);
    expect(plain[0]!.name).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular$/);
  });

  it('draws a character the first font lacks (𠮷) with the fallback font, embedded as a subset', async () => {
    const fonts = pdfFonts(await preview(renderer, { name: '吉𠮷' }));
    expect(fonts.map((font) => font.name.split('+')[1])).toEqual([
      'NotoSansSC-Regular',
      'SourceHanSansSC-Regular',
    ]);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  it('refuses a certificate with a character no font has, saying which, instead of printing a box', async () => {
    const name = `龚${UNCOVERED}`;
    await expect(preview(renderer, { name })).rejects.toThrow(MissingGlyphsError);
    await expect(preview(renderer, { name })).rejects.toThrow(/“𰀀”\(U\+30000\)/);
  });

  it.runIf(
    requireOutside('HanaMinB (fonts-hanazono)', existsSync(HANAZONO), 'apt-get install fonts-hanazono'),
  )('takes an Extension B character the bundled fonts lack (𪚥) from the system font on Linux', async () => {
    const pdf = await preview(renderer, { name: `龚${BEYOND_BUNDLED}` });
    expect(pdfText(pdf)).toContain(`姓名：龚${BEYOND_BUNDLED}`);
    expect(pdfFonts(pdf).map((font) => font.name.split('+')[1])).toContain('HanaMinB');
  });

  it('is one A4 landscape page', async () => {
    const info = poppler('pdfinfo', await preview(renderer));
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  });

  it('previews a template being edited, before it is saved', async () => {
    const resources = defaultResourcesDir();
    const template = JSON.parse(readFileSync(defaultTemplatePath(resources), 'utf8')) as {
      title: { text: string };
    };
    template.title.text = '专业技术人员继续教育合格证书';
    const edited = openRenderer({
      templateValue: { value: template, baseDir: join(resources, 'certificate') },
    });
    expect(pdfText(await preview(edited))).toContain('专业技术人员继续教育合格证书');
  });

  it('takes the paper and orientation of the settings, scaling the template to fit', async () => {
    const portrait = openRenderer({ paperSize: 'A5', orientation: 'portrait' });
    const pdf = await preview(portrait, { name: '刘䶮' });
    expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+419\.53 x 595\.28 pts/);
    expect(pdfText(pdf)).toContain('刘䶮');
  });
});
