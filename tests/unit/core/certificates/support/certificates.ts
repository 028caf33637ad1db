import { execFileSync } from 'node:child_process';
import type {
  CertificateData,
  IssuedCertificate,
} from '../../../../../src-main/core/certificates/certificate-data.ts';
import { recordOf } from '../../../../../src-main/core/certificates/certificate-data.ts';
import type { CertificateRenderer } from '../../../../../src-main/core/certificates/render/certificate-renderer.ts';
import { renderPreview } from '../../../../../src-main/core/certificates/preview.ts';
import { requireOutside } from '../../../../support/outside.ts';

/** Rare characters of real names: CJK Ext A (䶮 㛃), Ext B (𠮷), Ext C (𫖯) and rare basic ideographs. */
export const RARE_NAMES = ['吉𠮷', '刘䶮', '王㛃', '张喆', '李堃', '陈玥', '赵珺', '孙赟', '周𫖯'];

/** A CJK Extension G character (U+30000) that no font the certificates look for has. */
export const UNCOVERED = '𰀀';

/** An Extension B character the bundled fonts lack: Linux takes it from HanaMinB (fonts-hanazono). */
export const BEYOND_BUNDLED = '𪚥';
export const HANAZONO = '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';

let serial = 0;

export function certificateData(fields: Partial<CertificateData> = {}): CertificateData {
  serial += 1;
  return {
    certificateId: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    staffId: `s${serial}`,
    year: 2025,
    number: `HN202591410100MA45ABCD1X${String(serial).padStart(5, '0')}`,
    verificationCode: 'ABCDEFGHJKLMNPQR',
    name: '张三',
    idNumber: '410105199001011234',
    unitName: '郑州市第一人民医院',
    departmentName: '心血管内科',
    publicHours: 30,
    professionalHours: 64.5,
    totalHours: 94.5,
    requirement: { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 },
    publicMet: true,
    professionalMet: true,
    totalMet: true,
    met: true,
    printedAt: '2026-01-05T02:00:00.000Z',
    ...fields,
  };
}

export function issued(fields: Partial<CertificateData> = {}): IssuedCertificate {
  const data = certificateData(fields);
  return { data, record: recordOf(data) };
}

/** Poppler's tools on a PDF given as bytes (through stdin) or a path. */
export function poppler(
  tool: 'pdftotext' | 'pdffonts' | 'pdfinfo',
  pdf: Buffer | string,
  args: string[] = [],
): string {
  const input = typeof pdf === 'string' ? pdf : '-';
  const output = tool === 'pdftotext' ? ['-'] : [];
  return execFileSync(tool, [...args, input, ...output], {
    input: typeof pdf === 'string' ? undefined : pdf,
    encoding: 'utf8',
  });
}

/** The text of a PDF with all white space removed (pdftotext spaces out letter-spaced text). */
export function pdfText(pdf: Buffer | string): string {
  return poppler('pdftotext', pdf, ['-raw', '-enc', 'UTF-8']).replace(/\s+/g, '');
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** `pdffonts`: one row per font. */
export function pdfFonts(pdf: Buffer | string): PdfFont[] {
  return poppler('pdffonts', pdf)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const [emb, sub] = columns.slice(-5, -3);
      return {
        name: columns[0]!,
        type: columns.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
      };
    });
}

export function preview(
  renderer: CertificateRenderer,
  fields: Partial<CertificateData> = {},
): Promise<Buffer> {
  return renderPreview(renderer, certificateData(fields));
}

/** Poppler reads the PDFs back; a developer machine without it skips those suites with one line. */
export function popplerAvailable(): boolean {
  let found = true;
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
  } catch {
    found = false;
  }
  return requireOutside(
    'poppler-utils (pdftotext, pdffonts, pdfinfo)',
    found,
    'apt-get install poppler-utils',
  );
}
