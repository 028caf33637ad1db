import type { CertificatePreview, CertificatesPreviewInput } from '../../../src-shared/contract/index.ts';
import type { ActiveSession } from '../accounts/session-manager.ts';
import { CallFailure } from '../api/call-failure.ts';
import {
  openRenderer,
  readCertificateUnit,
  renderPreview,
  sampleCertificateData,
  type CertificateData,
  type CertificatePerson,
  type CertificateRenderer,
  type OpenRendererOptions,
} from '../certificates/index.ts';
import { templateStamp } from '../certificates/template/template-files.ts';
import { peopleToCertify } from './certificate-issuing.ts';

/** What a certificate not printed yet shows where its number will be. */
const NUMBER_NOT_YET = '打印时生成';
/** A code that is not a real one: the preview's QR code must not verify anything. */
const PREVIEW_CODE = 'PREVIEW000000000';

/**
 * Renderers by their options: the template and fonts are loaded once, not for every preview
 * (parsing a CJK font takes a while), and again once the unit's template file (or an image or font
 * it names) changed on disk, so an edit in a text editor shows in the next preview.
 */
export class PreviewRenderers {
  #key: string | null = null;
  #renderer: CertificateRenderer | null = null;

  get(options: OpenRendererOptions): CertificateRenderer {
    const key = JSON.stringify({
      options,
      stamp: options.templatePath && templateStamp(options.templatePath),
    });
    if (key !== this.#key || !this.#renderer) {
      this.#renderer = openRenderer(options);
      this.#key = key;
    }
    return this.#renderer;
  }
}

/** A person's certificate as it will print: their real hours, and their number if already printed. */
function personData(
  person: CertificatePerson,
  year: number,
  requirement: CertificateData['requirement'],
  unitName: string,
): CertificateData {
  const { certificate, ...fields } = person;
  return {
    ...fields,
    certificateId: certificate?.id ?? '00000000-0000-4000-8000-000000000000',
    year,
    number: certificate?.number ?? NUMBER_NOT_YET,
    verificationCode: certificate?.verificationCode ?? PREVIEW_CODE,
    unitName,
    requirement,
    printedAt: new Date().toISOString(),
  };
}

async function dataFor(
  active: () => ActiveSession,
  { year, staffId }: CertificatesPreviewInput,
): Promise<CertificateData> {
  if (staffId === undefined) return sampleCertificateData(year);
  const session = active();
  const { people, requirement } = await peopleToCertify(session, { year, staffIds: [staffId] });
  const person = people[0];
  if (!person) throw new CallFailure('NOT_FOUND', '本单位没有该人员，或其尚未审核通过');
  const unit = await readCertificateUnit(session.workspace.cache.db);
  return personData(person, year, requirement, unit.name);
}

/**
 * One certificate as a PDF for the screen. A certificate with characters no font has is not drawn
 * (it would not print either): the answer names those characters instead.
 */
export async function certificatePreview(
  active: () => ActiveSession,
  renderer: CertificateRenderer,
  input: CertificatesPreviewInput,
): Promise<CertificatePreview> {
  const data = await dataFor(active, input);
  const sample = input.staffId === undefined;
  const missingCharacters = renderer.missingCharacters(data);
  if (missingCharacters.length > 0) {
    return {
      pdfBase64: null,
      missingCharacters,
      message: `${data.name}的证书有字体中没有的字：${missingCharacters.join('、')}，无法打印。请在证书模板中指定包含这些字的字体`,
      sample,
    };
  }
  const pdf = await renderPreview(renderer, data);
  return { pdfBase64: pdf.toString('base64'), missingCharacters, message: null, sample };
}
