import type { Orientation, PaperSize } from '../printing/paper.ts';
import { bundledFonts } from './fonts/bundled-fonts.ts';
import { FontChain } from './fonts/font-chain.ts';
import { fontSources } from './fonts/font-sources.ts';
import { CertificateRenderer } from './render/certificate-renderer.ts';
import { resolveTemplate, type TemplateChoice } from './template/resolve-template.ts';

export interface OpenRendererOptions extends TemplateChoice {
  serverUrl?: string | null;
  paperSize?: PaperSize;
  orientation?: Orientation;
}

/**
 * Loads and validates the template (throws TemplateError with Chinese messages) and sets up the
 * fonts: the template's, then Windows' Chinese fonts, then the bundled ones, parsed once and only
 * when a character needs them.
 */
export function openRenderer(options: OpenRendererOptions = {}): CertificateRenderer {
  const { template, resourcesDir } = resolveTemplate(options);
  const font = template.template.font;
  const sources = fontSources({
    templateFont: template.fontFile
      ? { file: template.fontFile, postscriptName: font?.postscriptName }
      : null,
    bundled: bundledFonts(resourcesDir),
  });
  return new CertificateRenderer({
    template,
    chain: new FontChain(sources),
    serverUrl: options.serverUrl,
    paperSize: options.paperSize,
    orientation: options.orientation,
  });
}
