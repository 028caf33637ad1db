import type { CertificateData } from './certificate-data.ts';
import type { CertificateRenderer } from './render/certificate-renderer.ts';

/** Made-up data for the template preview, with rare characters to show the font fallback at work. */
export function sampleCertificateData(year = new Date().getFullYear() - 1): CertificateData {
  return {
    certificateId: '00000000-0000-4000-8000-000000000000',
    staffId: 'sample',
    year,
    number: `HN${year}SAMPLE00001`,
    verificationCode: 'SAMPLE23456789AB',
    name: '吉𠮷喆',
    idNumber: '410105199001011234',
    unitName: '示例单位（河南省某某医院）',
    departmentName: '示例科室',
    publicHours: 30,
    professionalHours: 64,
    totalHours: 94,
    requirement: { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 },
    publicMet: true,
    professionalMet: true,
    totalMet: true,
    met: true,
    printedAt: new Date().toISOString(),
  };
}

/**
 * One certificate as a PDF in memory, for the 证书打印 screen's preview (Chromium shows PDFs itself);
 * rejects with MissingGlyphsError like a batch would fail that certificate.
 */
export async function renderPreview(
  renderer: CertificateRenderer,
  data: CertificateData = sampleCertificateData(),
): Promise<Buffer> {
  const doc = renderer.createDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  renderer.addPage(doc, data);
  doc.end();
  return done;
}
