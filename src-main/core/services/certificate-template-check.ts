import {
  MissingGlyphsError,
  openRenderer,
  renderPreview,
  TemplateError,
  type OpenRendererOptions,
} from '../certificates/index.ts';

/**
 * What keeps a template from printing, one problem a line in Chinese; empty when it prints. The
 * template is opened as a print run opens it and one sample certificate (rare characters included) is
 * drawn, so a broken image or font file is found now rather than halfway through a batch.
 */
export async function templateProblems(options: OpenRendererOptions): Promise<string[]> {
  try {
    await renderPreview(openRenderer(options));
    return [];
  } catch (error) {
    if (error instanceof TemplateError) return error.problems;
    if (error instanceof MissingGlyphsError) return [error.message];
    const detail = error instanceof Error ? error.message : String(error);
    return [`模板无法绘制证书：${detail}`];
  }
}
