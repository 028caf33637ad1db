import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoUnit, logIn, openScreen, screenshot, startE2eApp, type E2eApp } from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

const YEAR = 2025;

describe.runIf(chromiumAvailable())('证书打印 in headless Chromium', () => {
  let app: E2eApp;
  let approved: { id: string; name: string; id_number: string }[];

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    vi.setConfig({ expect: { poll: { timeout: 10_000 } } });
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
  });

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
    await app.page.waitForFunction(
      () => !document.querySelector('.ant-spin-spinning') && document.getAnimations().length === 0,
    );
    await screenshot(app.page, 'certificates');
  });

  it('narrows the list to those who did not meet the requirement', async () => {
    const expected = Number(/未达标 (\d+) 人/.exec(await summary())![1]);
    await app.page.getByTestId('certificate-filters').getByText('未达标', { exact: true }).click();
    await expect.poll(summary).toBe(`共 ${expected} 人，达标 0 人，未达标 ${expected} 人`);
    for (const text of await rows().allInnerTexts()) expect(text).toContain('未达标');
    expect(app.pageErrors).toEqual([]);
  });
});
