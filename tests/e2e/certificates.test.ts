import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocateSeq } from '../../src-server/db/sequence.ts';
import { RARE_NAME_CHARACTERS } from '../../src-server/seed/chinese-names.ts';
import { cupsPdfQueue, outputOf, pageCount, QUEUE } from '../integration/printing/support/cups.ts';
import { pdfText } from '../unit/core/certificates/support/certificates.ts';
import { spooledDocument } from '../support/cups-spool.ts';
import {
  demoUnit,
  logIn,
  openScreen,
  screenshot,
  settle,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

const YEAR = 2025;
/** Given to a person of the demo unit when none of its names has a rare character. */
const RARE_NAME = '吉𠮷䶮';

/** A name outside the Basic Multilingual Plane (CJK Extension B and beyond) is the hardest to print. */
const rareness = (name: string) =>
  [...name].some((character) => character.codePointAt(0)! > 0xffff)
    ? 2
    : [...name].some((character) => RARE_NAME_CHARACTERS.includes(character))
      ? 1
      : 0;

describe.runIf(chromiumAvailable())('证书打印 in headless Chromium', () => {
  let app: E2eApp;
  let approved: { id: string; name: string; id_number: string }[];
  /** The person whose certificate is printed offline: the demo unit's rarest name. */
  let rare: { id: string; name: string };

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    const { db } = app.server.context;
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('code', '=', demoUnit(app.server).unitCode)
      .executeTakeFirstOrThrow();
    approved = await db
      .selectFrom('staff')
      .select(['id', 'name', 'id_number'])
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'approved')
      .execute();
    rare = await personWithRareName(app, approved);
  });

  /** Picks the approved person with the rarest name, renaming one on the server (before the first sync) if none has one. */
  async function personWithRareName(app: E2eApp, people: typeof approved) {
    const [rarest] = [...people].sort((a, b) => rareness(b.name) - rareness(a.name));
    if (rareness(rarest!.name) > 0) return { id: rarest!.id, name: rarest!.name };
    await app.server.context.db.transaction().execute(async (trx) => {
      const seq = await allocateSeq(trx);
      await trx
        .updateTable('staff')
        .set((eb) => ({ name: RARE_NAME, seq, version: eb('version', '+', 1) }))
        .where('id', '=', rarest!.id)
        .execute();
    });
    rarest!.name = RARE_NAME;
    return { id: rarest!.id, name: RARE_NAME };
  }

  afterAll(async () => {
    await app?.close();
  });

  const table = () => app.page.getByTestId('certificate-people');
  const rows = () => table().locator('tbody tr.ant-table-row');
  const summary = () => table().locator('.ant-pagination-total-text').innerText();

  it('lists every approved person with their hours of the chosen year', async () => {
    await logIn(app);
    await openScreen(app.page, '证书打印');
    await app.page.getByTestId('certificate-year').click();
    await app.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: `${YEAR} 年度` })
      .click();
    await expect
      .poll(summary)
      .toMatch(new RegExp(`^共 ${approved.length} 人，达标 \\d+ 人，未达标 \\d+ 人$`));
    await expect.poll(() => rows().count()).toBe(Math.min(20, approved.length));
    const key = await rows().first().getAttribute('data-row-key');
    expect(approved.map((p) => p.id)).toContain(key);
    expect(await rows().first().innerText()).toMatch(/\d+(\.\d)? \/ 24/);
  });

  it('previews the data of a person certificate with the ID number masked', async () => {
    const key = await rows().first().getAttribute('data-row-key');
    const person = approved.find((p) => p.id === key)!;
    await rows().first().click();
    const preview = app.page.getByTestId('certificate-preview');
    await expect.poll(() => preview.innerText()).toContain(person.name);
    const text = await preview.innerText();
    expect(text).toContain(`${person.id_number.slice(0, 6)}********${person.id_number.slice(-4)}`);
    expect(text).not.toContain(person.id_number);
    expect(text).toContain(String(YEAR));
    expect(text).toContain(demoUnit(app.server).unitName);
  });

  it('narrows the list to those who did not meet the requirement', async () => {
    const expected = Number(/未达标 (\d+) 人/.exec(await summary())![1]);
    await app.page.getByTestId('certificate-filters').getByText('未达标', { exact: true }).click();
    await expect.poll(summary).toBe(`共 ${expected} 人，达标 0 人，未达标 ${expected} 人`);
    for (const text of await rows().allInnerTexts()) expect(text).toContain('未达标');
    expect(app.pageErrors).toEqual([]);
  });

  const page = () => app.page;

  /** The values of the certificate data preview that break over more than one line of its panel. */
  const wrappedPreviewValues = () =>
    page()
      .getByTestId('certificate-preview')
      .locator('.ant-descriptions-item-content')
      .evaluateAll((cells) =>
        cells
          .map((cell) => {
            const tops = new Set<number>();
            const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let text = texts.nextNode(); text; text = texts.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(text);
              for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
            }
            return { text: cell.textContent, lines: tops.size };
          })
          .filter((value) => value.lines !== 1),
      );
  const findByName = async (name: string) => {
    await page().getByTestId('certificate-filters').getByText('全部', { exact: true }).click();
    const search = page().getByTestId('certificate-name-search').locator('input');
    await search.fill(name);
    await search.press('Enter');
    await expect.poll(() => rows().count()).toBe(1);
    return rows().first();
  };

  it('goes offline when the server stops', async () => {
    await app.server.stop();
    await page().getByTestId('sync-now').click();
    await expect.poll(() => page().getByTestId('connection').innerText(), { timeout: 30_000 }).toBe('离线');
  });

  it('previews the real certificate of a person with a rare name as a PDF, offline', async () => {
    const row = await findByName(rare.name);
    await row.click();
    await page().getByTestId('certificate-preview-button').click();
    const dialog = page().getByRole('dialog', { name: `证书预览：${rare.name}` });
    const frame = dialog.getByTestId('certificate-pdf');
    await frame.waitFor();
    const src = (await frame.getAttribute('src'))!;
    expect(src).toMatch(/^blob:/);
    // Chromium loaded the blob into its PDF viewer (a CSP or a broken PDF would give an error page).
    await expect
      .poll(() =>
        page()
          .frames()
          .some((frame) => frame.url() === src),
      )
      .toBe(true);
    expect(
      page()
        .frames()
        .some((frame) => frame.url().startsWith('chrome-error:')),
    ).toBe(false);
    // The same preview as the core draws it: the connect-src CSP keeps even a test from reading blob: URLs.
    const shown = await app.core.call('certificatesPreview', { year: YEAR, staffId: rare.id });
    if (!shown.ok) throw new Error(shown.error.message);
    const { pdfBase64 } = shown.value as { pdfBase64: string };
    const text = pdfText(Buffer.from(pdfBase64, 'base64'));
    for (const character of rare.name) expect(text).toContain(character);
    expect(text).toContain('打印时生成');
    await settle(page());
    // Chromium's PDF viewer draws in its own frame: give it a moment to paint before the screenshot.
    await page().waitForTimeout(1_000);
    await screenshot(page(), 'certificate-pdf');
    await dialog.locator('.ant-modal-close').click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it.runIf(cupsPdfQueue())(
    'prints that certificate offline to the CUPS queue, with every character of the name',
    async () => {
      const row = await findByName(rare.name);
      await row.locator('input[type=checkbox]').check();
      await page().getByTestId('printer-select').click();
      await page()
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: QUEUE })
        .first()
        .click();
      await page().getByTestId('certificate-run-selected').click();

      const result = page().getByTestId('certificate-job-result');
      await result.waitFor({ timeout: 60_000 });
      const said = await result.innerText();
      expect(said).toContain('已打印 1 份证书');
      expect(said).toContain('新记录 1 份，待同步');
      const jobId = /打印任务号：(\S+)/.exec(said)![1]!;
      await screenshot(page(), 'certificate-print-result');

      const output = await outputOf(jobId);
      expect(pageCount(output)).toBe(1);
      // cups-pdf rewrites its output through Ghostscript without the text: read what the queue received.
      const sent = pdfText(spooledDocument(jobId));
      for (const character of rare.name) expect(sent).toContain(character);

      await page().getByTestId('certificate-job-modal').locator('.ant-modal-footer button').click();
      await expect.poll(() => row.innerText()).toMatch(/HN\d{4}\S*L[0-9A-F]{8}\d{4}/);
      const number = /(HN\d{4}\S*L[0-9A-F]{8}\d{4})/.exec(await row.innerText())![1]!;
      expect(sent).toContain(number);
      // The preview's narrow panel shows the 36-character number and the ID number each on one line.
      await expect.poll(() => page().getByTestId('certificate-preview').innerText()).toContain(number);
      expect(await wrappedPreviewValues()).toEqual([]);
      expect(await page().getByTestId('waiting-count').innerText()).not.toBe('待同步 0 项');
      await settle(page());
      await screenshot(page(), 'certificates');

      await app.server.start();
      await syncNow(app);
      const recorded = await app.server.context.db
        .selectFrom('certificates')
        .select(['number', 'verification_code'])
        .where('staff_id', '=', rare.id)
        .where('year', '=', YEAR)
        .executeTakeFirstOrThrow();
      expect(recorded.number).toBe(number);
      const verified = await fetch(
        `${app.server.baseUrl}/certificates/verify?code=${recorded.verification_code}`,
      );
      expect(verified.status).toBe(200);
      expect(await verified.json()).toMatchObject({ number, year: YEAR });
      expect(app.pageErrors).toEqual([]);
    },
  );
});
