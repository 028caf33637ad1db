import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonName,
  demoUnit,
  holdCoreCalls,
  logIn,
  screenshot,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

describe.runIf(chromiumAvailable())('继续教育信息管理 in headless Chromium', () => {
  let app: E2eApp;
  let unitId: string;
  const approvedByKeys: string[] = [];
  const rejectedByKeys: string[] = [];

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    unitId = (
      await app.server.context.db
        .selectFrom('units')
        .select('id')
        .where('code', '=', demoUnit(app.server).unitCode)
        .executeTakeFirstOrThrow()
    ).id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const db = () => app.server.context.db;
  const table = () => app.page.getByTestId('declarations-table');
  const rows = () => table().locator('tbody tr.ant-table-row');
  const rowByKey = (key: string) => table().locator(`tr[data-row-key="${key}"]`);
  const activeKey = () =>
    table().evaluate(
      (element) => element.querySelector('tr.row-active')?.getAttribute('data-row-key') ?? null,
    );
  /**
   * Nothing waiting for the core (aria-busy: the table's spinner shows only for a slow page), no
   * spinner, and no animation but the endless ones (the status bar's badge while a sync runs).
   */
  const settled = () =>
    app.page.waitForFunction(
      () =>
        !document.querySelector('[aria-busy="true"], .ant-spin-spinning') &&
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    );
  /**
   * A decided row shows its new status (待同步) until a sync takes it off the 待审核 tab. Read in one go:
   * a row counted and then read could be gone in between, and the read would wait for it in vain.
   */
  const decidedAs = (key: string, label: string) => () =>
    table().evaluate(
      (element, [rowKey, text]) => {
        const row = element.querySelector<HTMLElement>(`tr[data-row-key="${rowKey}"]`);
        return !row || row.innerText.includes(text);
      },
      [key, label] as const,
    );
  const pendingCount = () => app.page.getByTestId('tab-pending').locator('.status-count').innerText();

  async function choose(testId: string, option: string) {
    await app.page.getByTestId(testId).click();
    await app.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  it('lists the pending declarations with status counts and the review keys on screen', async () => {
    await logIn(app);
    await app.page.locator('.ant-layout-sider').getByText('继续教育信息管理', { exact: true }).click();
    await rows().first().waitFor();
    const pending = await db()
      .selectFrom('declarations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', unitId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    await expect.poll(pendingCount).toBe(String(pending.n));
    expect(await app.page.getByTestId('shortcut-bar').innerText()).toContain('J / ↓');
    await settled();
    await screenshot(app.page, 'declarations');
  });

  it('filters by year and type', async () => {
    const year = 2025;
    const type = await db()
      .selectFrom('declarations')
      .select(['type_code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', '=', unitId)
      .where('year', '=', year)
      .groupBy('type_code')
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    await app.page.getByTestId('tab-all').click();
    await choose('filter-year', `${year} 年度`);
    const typeName = await typeNameOf(type.type_code);
    await choose('filter-type', typeName);
    await expect
      .poll(() => app.page.getByTestId('tab-all').locator('.status-count').innerText())
      .toBe(String(type.n));
    await settled();
    for (const text of await rows().allInnerTexts()) {
      expect(text).toContain(typeName);
      expect(text).toContain(String(year));
    }
    await app.page.getByTestId('filter-year').locator('.ant-select-clear').click();
    await app.page.getByTestId('filter-type').locator('.ant-select-clear').click();
    await app.page.getByTestId('tab-pending').click();
    await settled();
  });

  it('reviews a queue from the keyboard: approving and rejecting several in a row', async () => {
    const keys = (await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')!))).slice(
      0,
      5,
    );
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await expect.poll(activeKey).toBe(keys[0]);
    // The decision shows on its row at once, before the list has reloaded (held back here), and the
    // cursor moves on to the next row.
    const releaseList = await holdCoreCalls(app.page, 'declarationsList');
    await app.page.keyboard.press('a');
    await expect.poll(() => rowByKey(keys[0]!).innerText(), { timeout: 1_500 }).toContain('已通过');
    await expect.poll(activeKey, { timeout: 1_500 }).toBe(keys[1]);
    await releaseList();
    await app.page.keyboard.press('a');
    await expect.poll(decidedAs(keys[1]!, '已通过')).toBe(true);
    await expect.poll(activeKey).toBe(keys[2]);
    await app.page.keyboard.press('r');
    const dialog = app.page.getByRole('dialog', { name: '驳回继续教育信息' });
    await dialog.getByLabel('驳回原因').fill('扫描件不清晰，请重新上传');
    await dialog.getByRole('button', { name: buttonName('确定驳回') }).click();
    await expect.poll(decidedAs(keys[2]!, '已驳回')).toBe(true);
    await expect.poll(activeKey).toBe(keys[3]);
    await app.page.keyboard.press('j');
    await expect.poll(activeKey).toBe(keys[4]);
    await app.page.keyboard.press('k');
    await expect.poll(activeKey).toBe(keys[3]);
    approvedByKeys.push(keys[0]!, keys[1]!);
    rejectedByKeys.push(keys[2]!);

    await app.page.keyboard.press('Enter');
    const drawer = app.page.getByTestId('declaration-drawer');
    await drawer.getByTestId('declaration-fields').waitFor();
    const detail = await db()
      .selectFrom('declarations')
      .select(['title', 'attachment_id'])
      .where('id', '=', keys[3]!)
      .executeTakeFirstOrThrow();
    expect(await drawer.getByTestId('declaration-summary').innerText()).toContain(detail.title);
    if (detail.attachment_id)
      await drawer.locator('[data-testid="scan-viewer"] img, .ant-alert').first().waitFor();
    await settled();
    await screenshot(app.page, 'declaration-detail');
    await app.page.keyboard.press('a');
    await expect.poll(decidedAs(keys[3]!, '已通过')).toBe(true);
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    approvedByKeys.push(keys[3]!);
  });

  /** The key of a row of the list shown (paging on as needed) whose scan is of this media type. */
  async function rowWithScan(mediaType: string): Promise<string> {
    const withScan = new Set(
      (
        await db()
          .selectFrom('declarations')
          .innerJoin('attachments', 'attachments.id', 'declarations.attachment_id')
          .select('declarations.id')
          .where('declarations.unit_id', '=', unitId)
          .where('attachments.media_type', '=', mediaType)
          .execute()
      ).map((row) => row.id),
    );
    expect(withScan.size).toBeGreaterThan(0);
    // Rows decided by the tests before leave this tab once their sync lands, moving the rows after them
    // up a place or a page: search once every row shown is still pending.
    await expect
      .poll(async () => (await rows().allInnerTexts()).every((text) => text.includes('待审核')))
      .toBe(true);
    for (let page = 0; page < 20; page++) {
      await settled();
      const keys = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')!));
      const key = keys.find((candidate) => withScan.has(candidate));
      if (key) return key;
      await app.page.getByRole('button', { name: '下一页' }).click();
      await expect.poll(() => rows().first().getAttribute('data-row-key')).not.toBe(keys[0]);
    }
    throw new Error(`no row with a ${mediaType} scan in 20 pages`);
  }

  /** Opens the detail drawer of a row whose scan is of this media type. */
  async function openWithScan(mediaType: string) {
    await rowByKey(await rowWithScan(mediaType))
      .locator('td')
      .nth(2)
      .click();
    return app.page.getByTestId('declaration-drawer');
  }

  it('shows a small image scan at its own size rather than blown up to the panel, and zooms it', async () => {
    const drawer = await openWithScan('image/png');
    const image = drawer.locator('[data-testid="scan-viewer"] img');
    const sizes = () =>
      image.evaluate((img: HTMLImageElement) => ({
        loaded: img.complete && img.naturalWidth > 0,
        natural: img.naturalWidth,
        shown: img.getBoundingClientRect().width,
        panel: img.parentElement!.clientWidth,
      }));
    await expect.poll(async () => (await sizes()).loaded).toBe(true);
    const fitted = await sizes();
    expect(fitted.natural).toBeLessThan(fitted.panel);
    expect(fitted.shown).toBe(fitted.natural);
    const zoom = drawer.getByTestId('scan-zoom');
    expect(await zoom.innerText()).toBe('100%');
    await drawer.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => zoom.innerText()).toBe('150%');
    expect((await sizes()).shown).toBeCloseTo(fitted.natural * 1.5, 0);
    await drawer.getByRole('button', { name: '适应宽度' }).click();
    await expect.poll(async () => (await sizes()).shown).toBe(fitted.natural);
    await app.page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('shows a PDF scan inline, rendered page by page, and zooms it', async () => {
    const drawer = await openWithScan('application/pdf');
    const canvas = drawer.getByTestId('pdf-page').first();
    await expect.poll(() => canvas.getAttribute('data-rendered')).toBe('true');
    // Drawn for real: the page holds dark text on white, not an empty canvas.
    /** Dark pixels in a part of the page (fractions of its width and height), or in all of it. */
    const darkPixels = (part = { left: 0, top: 0, width: 1, height: 1 }) =>
      canvas.evaluate((element: HTMLCanvasElement, box) => {
        const [x, y] = [Math.round(element.width * box.left), Math.round(element.height * box.top)];
        const [width, height] = [
          Math.round(element.width * box.width),
          Math.round(element.height * box.height),
        ];
        const { data } = element.getContext('2d')!.getImageData(x, y, width, height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
        return dark;
      }, part);
    expect(await darkPixels()).toBeGreaterThan(50);
    // The demo proof's second line, 继续教育证明 in a Chinese font the PDF does not embed, is drawn too:
    // it needs the CMaps shipped with the app. It lies at 12–40 % of the width, 19–24 % of the height.
    expect(await darkPixels({ left: 0.12, top: 0.19, width: 0.28, height: 0.05 })).toBeGreaterThan(100);
    const widthOf = async () => (await canvas.boundingBox())!.width;
    const fitted = await widthOf();
    const zoom = drawer.getByTestId('scan-zoom');
    const fittedZoom = await zoom.innerText();
    await settled();
    await screenshot(app.page, 'declaration-pdf');
    await drawer.getByRole('button', { name: '放大' }).click();
    await expect.poll(widthOf).toBeGreaterThan(fitted + 10);
    await expect.poll(() => zoom.innerText()).not.toBe(fittedZoom);
    await expect.poll(() => canvas.getAttribute('data-rendered')).toBe('true');
    expect(await darkPixels()).toBeGreaterThan(50);
    await drawer.getByRole('button', { name: '适应宽度' }).click();
    await expect.poll(widthOf).toBeCloseTo(fitted, 0);
    await app.page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    expect(app.pageErrors).toEqual([]);
  });

  it('approves every pending declaration matching a filter at once', async () => {
    const type = await db()
      .selectFrom('declarations')
      .select(['type_code', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', '=', unitId)
      .where('status', '=', 'pending')
      .where('id', 'not in', [...approvedByKeys, ...rejectedByKeys])
      .groupBy('type_code')
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    await choose('filter-type', await typeNameOf(type.type_code));
    await expect.poll(pendingCount).toBe(String(type.n));
    await app.page.getByTestId('batch-matching').click();
    await app.page.getByRole('menuitem', { name: `全部通过（符合筛选条件的 ${type.n} 条待审核）` }).click();
    await app.page
      .getByRole('dialog')
      .getByRole('button', { name: `全部通过（${type.n}）` })
      .click();
    await expect.poll(pendingCount).toBe('0');

    await syncNow(app);
    const decided = await db()
      .selectFrom('declarations')
      .select(['id', 'status', 'reject_reason'])
      .where('id', 'in', [...approvedByKeys, ...rejectedByKeys])
      .execute();
    const status = new Map(decided.map((row) => [row.id, row]));
    for (const key of approvedByKeys) expect(status.get(key)?.status).toBe('approved');
    for (const key of rejectedByKeys)
      expect(status.get(key)).toMatchObject({
        status: 'rejected',
        reject_reason: '扫描件不清晰，请重新上传',
      });
    const stillPending = await db()
      .selectFrom('declarations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', unitId)
      .where('type_code', '=', type.type_code)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    expect(Number(stillPending.n)).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a decision made offline as 待同步 until the server is back and a sync sends it', async () => {
    await app.page.getByTestId('filter-type').locator('.ant-select-clear').click();
    await rows().first().waitFor();
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await expect.poll(activeKey).not.toBeNull();
    const key = (await activeKey())!;
    await app.server.stop();
    try {
      await app.page.keyboard.press('a');
      await expect.poll(decidedAs(key, '待同步')).toBe(true);
      await app.page.waitForTimeout(1_000);
      // Still decided and still waiting: on the row, or in the cache had a reload (a sync that ended
      // meanwhile) taken the row off the 待审核 tab.
      expect(await decidedAs(key, '已通过')()).toBe(true);
      const detail = await app.core.call('declarationsDetail', { id: key });
      expect(detail.ok && detail.value).toMatchObject({ status: 'approved', waiting: true });
      expect(await app.page.getByTestId('waiting-count').innerText()).not.toBe('待同步 0 项');
    } finally {
      await app.server.start();
    }
    const onServer = async () =>
      (await db().selectFrom('declarations').select('status').where('id', '=', key).executeTakeFirstOrThrow())
        .status;
    // Back online, the core sends what waits by itself (it retries with backoff).
    await expect.poll(onServer, { timeout: 120_000, interval: 1_000 }).toBe('approved');
    await expect.poll(() => rowByKey(key).count()).toBe(0);
  }, 180_000);

  async function typeNameOf(code: string): Promise<string> {
    const reference = await app.core.call('referenceData', undefined);
    if (!reference.ok) throw new Error(reference.error.message);
    const types = (reference.value as { ceTypes: { code: string; name: string }[] }).ceTypes;
    return types.find((type) => type.code === code)!.name;
  }
});
