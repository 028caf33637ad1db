/*
 * A Vite plugin that makes pdf.js's predefined CMaps and standard fonts files of the renderer, under
 * `pdfjs/cmaps/` and `pdfjs/standard_fonts/`: a PDF whose fonts are not embedded (a Chinese CID font
 * such as STSong-Light, Helvetica) then renders with the right glyph mapping and metrics, offline and
 * from 'self' as the CSP requires. The build emits them; the dev server serves them from node_modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PDFJS_DIR = resolve('node_modules/pdfjs-dist');
const FOLDERS = ['cmaps', 'standard_fonts'] as const;

/** Every file, by its path under the renderer (`pdfjs/cmaps/Adobe-GB1-UCS2.bcmap`). */
function resourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(PDFJS_DIR, folder))) {
      files.set(`pdfjs/${folder}/${name}`, join(PDFJS_DIR, folder, name));
    }
  }
  return files;
}

export function pdfjsResources(): Plugin {
  const files = resourceFiles();
  return {
    name: 'pdfjs-resources',
    generateBundle() {
      for (const [fileName, path] of files) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = files.get(decodeURIComponent((request.url ?? '').split('?')[0]!.slice(1)));
        if (!path) return next();
        response.setHeader('content-type', 'application/octet-stream');
        response.end(readFileSync(path));
      });
    },
  };
}
