import { existsSync } from 'node:fs';

/** Where cupsd keeps the documents of its jobs (PreserveJobFiles: one day by default). */
const SPOOL_DIR = '/var/spool/cups';

/**
 * The document a CUPS job received, as it sits in the spool: `/var/spool/cups/d<job, 5 digits>-001`.
 * cups-pdf rewrites what it prints through Ghostscript (fonts become Type 3, `pdftotext` finds no
 * text, see shared notes), so a test reads the text of a printed certificate here, and checks the
 * cups-pdf output for what it can tell (that it came out, and its pages).
 */
export function spooledDocument(jobId: string): string {
  const number = Number(jobId.slice(jobId.lastIndexOf('-') + 1));
  const file = `${SPOOL_DIR}/d${String(number).padStart(5, '0')}-001`;
  if (!existsSync(file))
    throw new Error(`CUPS kept no document for job ${jobId} (${file}); is PreserveJobFiles off?`);
  return file;
}
