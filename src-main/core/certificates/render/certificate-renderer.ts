import PDFDocument from 'pdfkit';
import { PRODUCT_NAME } from '../../product.ts';
import {
  mmToPt,
  pageDimensions,
  type Orientation,
  type PageDimensions,
  type PaperSize,
} from '../../printing/paper.ts';
import type { CertificateData } from '../certificate-data.ts';
import { certificateTexts, type CertificateTexts } from '../certificate-text.ts';
import type { FontChain } from '../fonts/font-chain.ts';
import type { Box, FitStyle } from '../layout/fit-text.ts';
import type { LoadedTemplate } from '../template/load-template.ts';
import type { CertificateTemplate, TextBoxStyle } from '../template/template-schema.ts';
import { drawBorder } from './draw-border.ts';
import { drawHoursTable } from './draw-hours-table.ts';
import { drawImage, prepareImage, type PreparedImage } from './draw-image.ts';
import { drawQrCode, verificationContent } from './draw-qr.ts';
import { drawTextBox, type DrawTextStyle } from './draw-text.ts';
import { MissingGlyphsError } from './missing-glyphs-error.ts';

export interface RendererOptions {
  template: LoadedTemplate;
  chain: FontChain;
  /** The sync API's address (settings' serverUrl): the QR code then carries a verification URL. */
  serverUrl?: string | null;
  /** The paper to print on; the template's own page when left out. */
  paperSize?: PaperSize;
  orientation?: Orientation;
}

/** What a page needed beyond shrinking: elements whose text was cut to stay inside its box. */
export interface PageNotes {
  truncated: string[];
}

const TEXT_ELEMENTS = [
  'title',
  'number',
  'name',
  'idNumber',
  'unit',
  'department',
  'year',
  'statement',
  'issuer',
  'printDate',
] as const;
const QR_CAPTION_MIN_SIZE = 5;

function boxOf(layout: { x: number; y: number; width: number; height: number }): Box {
  return {
    x: mmToPt(layout.x),
    y: mmToPt(layout.y),
    width: mmToPt(layout.width),
    height: mmToPt(layout.height),
  };
}

function styleOf(layout: TextBoxStyle, textColor: string): FitStyle & DrawTextStyle {
  const { fontSize, minFontSize, lineHeight, letterSpacing, align } = layout;
  return { fontSize, minFontSize, lineHeight, letterSpacing, align, color: layout.color ?? textColor };
}

function allText(texts: CertificateTexts): string {
  return [
    ...TEXT_ELEMENTS.map((element) => texts[element]),
    ...texts.table.flat(),
    texts.qrCaption,
    texts.qrCode,
  ].join('');
}

/**
 * Lays certificates out on PDF pages with PDFKit, from a template and a font chain that are set up
 * once and shared by every document of a batch.
 */
export class CertificateRenderer {
  readonly page: PageDimensions;
  readonly #template: CertificateTemplate;
  readonly #seal: PreparedImage | null;
  readonly #background: PreparedImage | null;
  readonly #chain: FontChain;
  readonly #serverUrl: string | null;
  readonly #design: PageDimensions;
  readonly #registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

  constructor({ template, chain, serverUrl = null, paperSize, orientation }: RendererOptions) {
    this.#seal = template.seal && prepareImage(template.seal);
    this.#background = template.background && prepareImage(template.background);
    this.#template = template.template;
    this.#chain = chain;
    this.#serverUrl = serverUrl;
    const designed = this.#template.page;
    this.#design = pageDimensions(designed.size, designed.orientation);
    this.page = pageDimensions(paperSize ?? designed.size, orientation ?? designed.orientation);
  }

  /** A new document with no page yet; `addPage` adds one certificate each. */
  createDocument(): PDFKit.PDFDocument {
    const doc = new PDFDocument({
      autoFirstPage: false,
      // No standard font: PDFKit would otherwise load Helvetica's metrics for every document.
      font: null as unknown as string,
      // PDFKit would keep the layout of every distinct string (names, numbers, codes) until the end.
      fontLayoutCache: false,
      info: { Title: '继续教育证书', Creator: PRODUCT_NAME },
    });
    this.#registered.set(doc, new Set());
    return doc;
  }

  /** Characters of the certificate that no font of the chain has. */
  missingCharacters(data: CertificateData): string[] {
    return this.#chain.missing(allText(certificateTexts(this.#template, data)));
  }

  /** Adds the certificate as a page; throws MissingGlyphsError, before adding anything, rather than print a box. */
  addPage(doc: PDFKit.PDFDocument, data: CertificateData): PageNotes {
    const texts = certificateTexts(this.#template, data);
    const missing = this.#chain.missing(allText(texts));
    if (missing.length > 0) throw new MissingGlyphsError(missing, data.name);
    this.#registerFonts(doc);
    doc.addPage({ size: [this.page.width, this.page.height], margin: 0 });
    doc.save();
    this.#fitDesignToPage(doc);
    const notes = this.#draw(doc, data, texts);
    doc.restore();
    return notes;
  }

  #registerFonts(doc: PDFKit.PDFDocument): void {
    const registered = this.#registered.get(doc)!;
    for (const font of this.#chain.opened) {
      if (registered.has(font.key)) continue;
      // PDFKit takes a parsed fontkit font (it duck-types `layout`) though its types only list file sources.
      doc.registerFont(font.key, font.pdfFont as unknown as Buffer);
      registered.add(font.key);
    }
  }

  /** A template designed for another paper is scaled to fit and centred. */
  #fitDesignToPage(doc: PDFKit.PDFDocument): void {
    const scale = Math.min(this.page.width / this.#design.width, this.page.height / this.#design.height);
    if (Math.abs(scale - 1) < 1e-6) return;
    doc.translate(
      (this.page.width - this.#design.width * scale) / 2,
      (this.page.height - this.#design.height * scale) / 2,
    );
    doc.scale(scale);
  }

  #draw(doc: PDFKit.PDFDocument, data: CertificateData, texts: CertificateTexts): PageNotes {
    const template = this.#template;
    const chain = this.#chain;
    const seal = this.#seal;
    const background = this.#background;
    const truncated: string[] = [];
    if (background && template.background) drawImage(doc, background, template.background);
    if (template.border) drawBorder(doc, template.border, this.#design.width, this.#design.height);
    for (const element of TEXT_ELEMENTS) {
      const layout = template[element];
      const fitted = drawTextBox(
        doc,
        chain,
        texts[element],
        boxOf(layout),
        styleOf(layout, template.textColor),
      );
      if (fitted.truncated) truncated.push(element);
    }
    const cells = drawHoursTable(doc, chain, template.hoursTable, texts.table, template.textColor);
    if (cells.some((cell) => cell.truncated)) truncated.push('hoursTable');
    this.#drawQr(doc, data, texts);
    if (seal && template.seal) drawImage(doc, seal, template.seal);
    return { truncated };
  }

  #drawQr(doc: PDFKit.PDFDocument, data: CertificateData, texts: CertificateTexts): void {
    const qr = this.#template.qr;
    const size = mmToPt(qr.size);
    const x = mmToPt(qr.x);
    const y = mmToPt(qr.y);
    drawQrCode(doc, verificationContent(data.verificationCode, this.#serverUrl), x, y, size);
    const lineHeight = mmToPt(qr.captionHeight) / 2;
    const style = {
      fontSize: qr.fontSize,
      minFontSize: Math.min(qr.fontSize, QR_CAPTION_MIN_SIZE),
      lineHeight: 1.2,
      letterSpacing: 0,
      align: 'center' as const,
      color: qr.color ?? this.#template.textColor,
    };
    [texts.qrCaption, texts.qrCode].forEach((text, line) => {
      drawTextBox(
        doc,
        this.#chain,
        text,
        { x, y: y + size + line * lineHeight, width: size, height: lineHeight },
        style,
      );
    });
  }
}
