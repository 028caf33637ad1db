import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../../../../src-main/core/certificates/resources-dir.ts';
import {
  defaultTemplatePath,
  loadTemplate,
  parseTemplate,
} from '../../../../src-main/core/certificates/template/load-template.ts';
import { TemplateError } from '../../../../src-main/core/certificates/template/template-error.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';

const shippedPath = defaultTemplatePath(defaultResourcesDir());
const shipped = () =>
  JSON.parse(readFileSync(shippedPath, 'utf8')) as Record<string, Record<string, unknown>>;
const baseDir = join(defaultResourcesDir(), 'certificate');

function problemsOf(value: unknown): string[] {
  try {
    parseTemplate(value, baseDir);
  } catch (error) {
    if (error instanceof TemplateError) return error.problems;
    throw error;
  }
  return [];
}

describe('the certificate template', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir('template');
  });
  afterEach(() => dir.remove());

  it('ships valid: A4 landscape, with its seal image', () => {
    const { template, seal, background } = loadTemplate(shippedPath);
    expect(template.page).toEqual({ size: 'A4', orientation: 'landscape' });
    expect(seal?.subarray(1, 4).toString()).toBe('PNG');
    expect(background).toBeNull();
  });

  it('names the element and the setting of each problem, in Chinese', () => {
    const template = shipped();
    template.name!.minFontSize = 30;
    template.title!.color = 'red';
    template.unit!.align = 'justify';
    expect(problemsOf(template).sort()).toEqual(
      [
        '“标题”的“颜色”：颜色应写作 #RRGGBB，例如 #9E2A2B',
        '“工作单位”的“对齐方式”：无效选项：期望以下之一 "left"|"center"|"right"',
        '“姓名”的“最小字号”：最小字号不能大于字号',
      ].sort(),
    );
  });

  it('rejects an element that leaves the page', () => {
    const template = shipped();
    template.qr!.x = 280;
    expect(problemsOf(template)).toEqual([
      '“二维码”：超出纸张范围：右边缘 316.0 毫米、下边缘 97.0 毫米，纸张为 297×210 毫米',
    ]);
  });

  it('rejects unknown placeholders and settings, and lists the ones it knows', () => {
    const template = shipped();
    template.statement!.text = '{name}于{yaer}年度';
    template.seal!.rotation = 15;
    const problems = problemsOf(template);
    expect(problems).toContainEqual(expect.stringContaining('未知的占位符 {yaer}，可用：{name} {year}'));
    expect(problems).toContainEqual(expect.stringMatching(/^“印章”：.*"rotation"/));
  });

  it('reports a missing image or font file and a file that is not JSON', () => {
    const template = shipped();
    template.seal!.file = 'our-seal.png';
    template.font = { file: 'fonts/unit.ttf' } as never;
    expect(problemsOf(template)).toEqual([
      `找不到印章图片文件：${join(baseDir, 'our-seal.png')}`,
      `找不到字体文件：${join(baseDir, 'fonts/unit.ttf')}`,
    ]);
    const file = join(dir.path, 'template.json');
    writeFileSync(file, '{ "version": 1,');
    expect(() => loadTemplate(file)).toThrow(/模板文件不是有效的 JSON/);
  });

  it('reads images relative to the template file and refuses anything but PNG and JPEG', () => {
    mkdirSync(join(dir.path, 'images'));
    writeFileSync(join(dir.path, 'images', 'seal.gif'), 'GIF89a');
    const template = shipped();
    template.seal!.file = 'images/seal.gif';
    writeFileSync(join(dir.path, 'template.json'), JSON.stringify(template));
    expect(() => loadTemplate(join(dir.path, 'template.json'))).toThrow(/图片只能是 PNG 或 JPEG/);
  });
});
