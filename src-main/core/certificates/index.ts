/**
 * Certificates (证书打印): PDFKit certificates from a unit-adjustable template, numbered uniquely
 * across the unit's PCs even offline, generated in batches in the core worker, and printed through
 * `../printing` (one PdfPrinter: CUPS `lp`, or SumatraPDF on Windows).
 *
 * A print run, as the 证书打印 service wires it (services/certificate-jobs.ts and certificate-run.ts,
 * behind the contract's printersList, certificatesPreview, certificatesRun and certificatesCancel,
 * with progress and the result as `certificateJob` events; everything runs in the core worker):
 *
 *   const { rows, requirement } = await certificatePeople(db, { year, staffIds }); // services/certificate-people.ts
 *   const codes = await readVerificationCodes(db, rows.flatMap((row) => row.certificate?.id ?? []));
 *   const persons = rows.map((row) => ({ ...row, certificate: row.certificate && { ...row.certificate, verificationCode: codes.get(row.certificate.id)! } }));
 *   const unit = await readCertificateUnit(db);
 *   const numbering = new CertificateNumbering({ file, clientId, unitCode: unit.code, lease });
 *   const { certificates } = await issueCertificates(persons, { year, requirement, unitName: unit.name, numbering });
 *   const batch = await generateCertificates({ rendering, certificates, output, signal, onProgress });
 *   const printed = await printBatch(createPdfPrinter(), batch.files, { printer, copies, paperSize, orientation });
 *   for (const record of printed.records) recordCertificate(context, record);  // decisions: certificates.record
 *
 * - `rendering` (OpenRendererOptions): `serverUrl` from the settings (the QR code then carries
 *   `<serverUrl>/certificates/verify?code=…`, else just the code), `paperSize` and `orientation`
 *   from the settings (a template designed for other paper is scaled to fit and centred),
 *   `resourcesDir` (the packaged app: process.resourcesPath + '/resources'), `templatePath` for a
 *   unit's own template (the 证书打印 screen's 证书模板 panel chooses it per unit, through
 *   services/certificate-template.ts; see resources/certificate/README.md). `openRenderer` throws TemplateError (Chinese messages, one per problem) for
 *   a template that does not validate.
 * - Fonts (resources/fonts/README.md): the template's font, then SimSun / SimHei / Microsoft YaHei /
 *   SimSun-ExtB from %WINDIR%\Fonts on Windows, then the bundled OFL fonts (Noto Sans SC as
 *   TrueType for small subsets, Source Han Sans SC for CJK Ext B such as 𠮷), then on Linux HanaMinB
 *   (fonts-hanazono) for the rarest (𪚥), chosen per character and parsed once. A character no font
 *   has fails that certificate with MissingGlyphsError (listed in the batch's `failures`), never an
 *   empty box; `CertificateRenderer.missingCharacters` lets a screen warn ahead.
 * - Text too long for its box wraps (when the box is tall enough) and shrinks, past the template's
 *   minimum if it must; only then is it cut, which the batch lists in `warnings`.
 * - `lease` (LeaseNumbers) calls POST /api/v1/sync/certificate-numbers; null or rejecting means
 *   offline. `numbering.reserve(year, n)` while online keeps numbers for printing offline later. See
 *   CertificateNumbering for the scheme. Keep its `file` next to the account's cache file.
 * - `output`: `{ kind: 'perPerson', dir }` (one PDF each) or `{ kind: 'combined', file }`. The batch
 *   runs in a worker thread of its own with a capped heap. Run from source it finds
 *   batch/batch-worker.ts itself (SOURCE_BATCH_WORKER_URL); a built app bundles it as an entry of
 *   its own (electron.vite.config.ts: 'certificate-batch-worker') and passes its URL as `workerUrl`
 *   (without one the batch runs in the calling thread, with more memory). Progress comes at most every 100 ms; abort `signal` to cancel (a cancelled combined
 *   PDF is deleted). Memory stays flat: pages are streamed to disk.
 * - Record only `printBatch(...).records` (certificates whose print job completed), or, when the
 *   officer saves the PDFs instead of printing, the `record`s of `batch.files`. A failed or cancelled
 *   job comes back in `outcome` with a message for the user.
 * - Preview: `renderPreview(renderer, data?)` answers one certificate as PDF bytes (sample data with
 *   rare characters when none is given) for the screen to show.
 *
 * Where the wiring puts things: the numbering file is `<cache file>.certificate-numbers.json`
 * beside the account's cache; numbers are leased only while the sync engine last reached the server.
 * Saved PDFs go to the folder the officer names, by default `<user data>/certificates/<year>`; a print
 * run's PDF waits in `<user data>/certificates/.printing` and is deleted once the job ends. The hosts
 * (src-main/web/cli.ts, src-main/electron/main.ts) pass the built batch worker's URL
 * (`certificateBatchWorkerUrl`) and, packaged, `resourcesDir` through startCore to the core worker.
 * A bundled module must not name a top-level binding `require`: electron-vite's ESM shim declares it.
 */
export type {
  CertificateData,
  CertificateRecord,
  CertificateRequirement,
  IssuedCertificate,
} from './certificate-data.ts';
export { readCertificateUnit, readVerificationCodes } from './certificate-cache.ts';
export {
  issueCertificates,
  type CertificatePerson,
  type IssueOptions,
  type Issued,
} from './issue-certificates.ts';
export {
  CertificateNumbering,
  type AllocatedNumbers,
  type CertificateLease,
  type LeaseNumbers,
  type LeaseRequest,
  type NumberingOptions,
} from './numbers/certificate-numbering.ts';
export { generateCertificates, type GenerateOptions } from './batch/generate-batch.ts';
export type {
  BatchFailure,
  BatchFile,
  BatchOutput,
  BatchProgress,
  BatchResult,
} from './batch/batch-types.ts';
export { SOURCE_BATCH_WORKER_URL } from './batch/batch-worker-messages.ts';
export { openRenderer, type OpenRendererOptions } from './open-renderer.ts';
export { CertificateRenderer } from './render/certificate-renderer.ts';
export { MissingGlyphsError } from './render/missing-glyphs-error.ts';
export { TemplateError } from './template/template-error.ts';
export { printBatch, type PrintedBatch } from './print-batch.ts';
export { renderPreview, sampleCertificateData } from './preview.ts';
export { defaultResourcesDir } from './resources-dir.ts';
