import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { toString as qrSvg } from 'qrcode';
import type { CertificateData } from '../../src-main/core/certificates/certificate-data.ts';
import { certificateTexts } from '../../src-main/core/certificates/certificate-text.ts';
import { bundledFonts } from '../../src-main/core/certificates/fonts/bundled-fonts.ts';
import { verificationContent } from '../../src-main/core/certificates/render/draw-qr.ts';
import { defaultResourcesDir } from '../../src-main/core/certificates/resources-dir.ts';
import {
  defaultTemplatePath,
  loadTemplate,
} from '../../src-main/core/certificates/template/load-template.ts';
import type { CertificateTemplate } from '../../src-main/core/certificates/template/template-schema.ts';

/**
 * The same certificates as HTML for headless Chromium's `page.pdf()`, the way an Electron app would
 * print them from a hidden window: the template's positions, the same fonts (by @font-face) and
 * seal, a QR code as SVG. Only for the benchmark's comparison.
 */
const resourcesDir = defaultResourcesDir();
const template: CertificateTemplate = loadTemplate(defaultTemplatePath(resourcesDir)).template;
const sealUrl = pathToFileURL(join(resourcesDir, 'certificate', 'seal.png')).href;
const HANAZONO = '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';
const fontFiles = [
  ...bundledFonts(resourcesDir).map((font) => font.file),
  ...(existsSync(HANAZONO) ? [HANAZONO] : []),
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

type Box = {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  align?: string;
  color?: string;
  letterSpacing?: number;
};

function box(layout: Box, text: string): string {
  const style = [
    `left:${layout.x}mm`,
    `top:${layout.y}mm`,
    `width:${layout.width}mm`,
    `height:${layout.height}mm`,
    `font-size:${layout.fontSize}pt`,
    `justify-content:${{ left: 'flex-start', center: 'center', right: 'flex-end' }[layout.align ?? 'left']}`,
    `text-align:${layout.align ?? 'left'}`,
    `color:${layout.color ?? template.textColor}`,
    `letter-spacing:${layout.letterSpacing ?? 0}pt`,
  ].join(';');
  return `<div class="box" style="${style}">${escape(text)}</div>`;
}

async function pageHtml(data: CertificateData, serverUrl: string): Promise<string> {
  const texts = certificateTexts(template, data);
  const t = template;
  const table = t.hoursTable;
  const rows = texts.table
    .map((cells) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('');
  const qr = await qrSvg(verificationContent(data.verificationCode, serverUrl), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  const border = t.border!;
  return `<section class="page">
<div style="position:absolute;inset:${border.inset}mm;border:${border.outerWidth}pt solid ${border.color}"></div>
<div style="position:absolute;inset:${border.inset + border.gap}mm;border:${border.innerWidth}pt solid ${border.innerColor}"></div>
${box(t.title, texts.title)}${box(t.number, texts.number)}${box(t.name, texts.name)}${box(t.idNumber, texts.idNumber)}
${box(t.unit, texts.unit)}${box(t.department, texts.department)}${box(t.year, texts.year)}${box(t.statement, texts.statement)}
<table style="left:${table.x}mm;top:${table.y}mm;width:${table.width}mm;font-size:${table.fontSize}pt">${rows}</table>
<div style="position:absolute;left:${t.qr.x}mm;top:${t.qr.y}mm;width:${t.qr.size}mm;height:${t.qr.size}mm">${qr}</div>
${box({ ...t.qr, y: t.qr.y + t.qr.size, width: t.qr.size, height: t.qr.captionHeight / 2 }, texts.qrCaption)}
${box({ ...t.qr, y: t.qr.y + t.qr.size + t.qr.captionHeight / 2, width: t.qr.size, height: t.qr.captionHeight / 2 }, texts.qrCode)}
${box(t.issuer, texts.issuer)}${box(t.printDate, texts.printDate)}
<img src="${sealUrl}" style="position:absolute;left:${t.seal!.x}mm;top:${t.seal!.y}mm;width:${t.seal!.width}mm;height:${t.seal!.height}mm;opacity:${t.seal!.opacity}">
</section>`;
}

function documentHtml(body: string): string {
  const faces = fontFiles
    .map((file, index) => `@font-face{font-family:F${index};src:url("${pathToFileURL(file).href}")}`)
    .join('');
  const families = fontFiles.map((_, index) => `F${index}`).join(',');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${faces}
@page{size:297mm 210mm;margin:0}
body{margin:0;font-family:${families}}
.page{position:relative;width:297mm;height:210mm;overflow:hidden;break-after:page}
.box{position:absolute;display:flex;align-items:center;line-height:1.3;overflow:hidden}
table{position:absolute;border-collapse:collapse;text-align:center}
td{border:0.6pt solid #555;height:${template.hoursTable.rowHeight}mm;padding:0}
tr:first-child td{background:#F5EFE3}
</style></head><body>${body}</body></html>`;
}

/** Loads the fonts once, in a page of its own file (file:// fonts need a file:// page). */
export async function openCertificatePage(page: Page, dir: string, body = ''): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `chromium-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, documentHtml(body));
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready);
}

/** One certificate as its own PDF: the page's body replaced, then printed. */
export async function chromiumCertificatePdf(
  page: Page,
  data: CertificateData,
  serverUrl: string,
  file: string,
): Promise<void> {
  const html = await pageHtml(data, serverUrl);
  await page.evaluate((body) => {
    document.body.innerHTML = body;
    return document.fonts.ready.then(() => undefined);
  }, html);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
}

/** All certificates in one HTML document, one PDF. */
export async function chromiumCombinedPdf(
  page: Page,
  certificates: readonly CertificateData[],
  serverUrl: string,
  dir: string,
  file: string,
): Promise<void> {
  const pages = await Promise.all(certificates.map((data) => pageHtml(data, serverUrl)));
  await openCertificatePage(page, dir, pages.join(''));
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
}
