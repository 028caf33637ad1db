import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonName,
  demoUnit,
  holdCoreCalls,
  logIn,
  openScreen,
  screenshot,
  settle,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';
import { insertStaff } from '../support/server-fixtures.ts';

describe.runIf(chromiumAvailable())('审核注册账号 in headless Chromium', () => {
  let app: E2eApp;
  let pending: { id: string; name: string }[];

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    const unit = await app.server.context.db
      .selectFrom('units')
      .select('id')
      .where('code', '=', demoUnit(app.server).unitCode)
      .executeTakeFirstOrThrow();
    // Three more applicants than the demo unit has, registered last, for the keyboard review.
    for (const name of ['键盘甲', '键盘乙', '键盘丙'])
      await insertStaff(app.server.context, unit.id, { name, status: 'pending' });
    pending = await app.server.context.db
      .selectFrom('staff')
      .select(['id', 'name'])
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'pending')
      .orderBy('registered_at')
      .execute();
    expect(pending.length).toBeGreaterThanOrEqual(6);
  });

  afterAll(async () => {
    await app?.close();
  });

  const table = () => app.page.getByTestId('registrations-table');
  const rowOf = (name: string) => table().locator('tr.ant-table-row').filter({ hasText: name });

  it('lists the pending registrations with the applicant details', async () => {
    await logIn(app);
    await openScreen(app.page, '审核注册账号');
    for (const person of pending) await rowOf(person.name).waitFor();
    await rowOf(pending[0]!.name).click();
    const drawer = app.page.getByTestId('registration-drawer');
    await expect.poll(() => drawer.getByTestId('staff-profile').innerText()).toContain(pending[0]!.name);
    expect(await drawer.getByTestId('staff-profile').innerText()).toContain('待审核');
    await app.page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(app.page, 'registrations');
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('approves two registrations at once', async () => {
    const [first, second] = pending;
    await rowOf(first!.name).locator('.ant-checkbox-input').check();
    await rowOf(second!.name).locator('.ant-checkbox-input').check();
    await app.page.getByTestId('approve-selected').click();
    await app.page
      .getByRole('dialog')
      .getByRole('button', { name: buttonName('审核通过') })
      .click();
    await rowOf(first!.name).waitFor({ state: 'detached' });
    await rowOf(second!.name).waitFor({ state: 'detached' });
  });

  it('rejects a registration with a reason', async () => {
    const third = pending[2]!;
    await rowOf(third.name)
      .getByRole('button', { name: buttonName('驳回') })
      .click();
    const dialog = app.page.getByRole('dialog', { name: '驳回注册申请' });
    await dialog.getByText('非本单位人员').click();
    await dialog.getByRole('button', { name: buttonName('确定驳回') }).click();
    await rowOf(third.name).waitFor({ state: 'detached' });
  });

  const keyboard: { approved?: string; rejected?: string } = {};

  it('works the queue from the keyboard: J/K move, A approves, X selects, Enter opens, R rejects', async () => {
    const { page } = app;
    const rows = table().locator('tr.ant-table-row');
    const nameAt = async (index: number) => (await rows.nth(index).locator('td').nth(1).innerText()).trim();
    // Read in one go: the cursor's row may change between finding it and reading it.
    const activeName = () =>
      table().evaluate(
        (element) =>
          element.querySelector<HTMLElement>('tr.row-active > td:nth-child(2)')?.innerText.trim() ?? null,
      );
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('shortcut-bar').waitFor();
    const [first, second, third] = [await nameAt(0), await nameAt(1), await nameAt(2)];

    await expect.poll(activeName).toBe(first);
    await page.keyboard.press('j');
    await expect.poll(activeName).toBe(second);
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeName).toBe(third);
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await expect.poll(activeName).toBe(first);

    // The approved applicant leaves the queue at once, before the list has reloaded (held back here),
    // so the cursor is on the next one for the next key.
    const releaseList = await holdCoreCalls(page, 'registrationsList');
    await page.keyboard.press('a');
    keyboard.approved = first;
    await rowOf(first).waitFor({ state: 'detached', timeout: 1_500 });
    await expect.poll(activeName, { timeout: 1_500 }).toBe(second);
    await releaseList();

    const checkbox = rowOf(second).locator('.ant-checkbox-input');
    await page.keyboard.press('x');
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await expect.poll(() => app.page.getByTestId('approve-selected').innerText()).toContain('（1）');
    await page.keyboard.press('x');
    await expect.poll(() => checkbox.isChecked()).toBe(false);

    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('registration-drawer');
    await expect.poll(() => drawer.getByTestId('staff-profile').innerText()).toContain(second);
    await screenshot(page, 'registrations-keyboard');
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: '驳回注册申请' });
    await dialog.getByText('所属部门填写有误').click();
    await dialog.getByRole('button', { name: buttonName('确定驳回') }).click();
    keyboard.rejected = second;
    await rowOf(second).waitFor({ state: 'detached' });
    // The drawer moves on to the next applicant after a decision.
    await expect.poll(() => drawer.getByTestId('staff-profile').innerText()).toContain(third);
    // Escape closes the topmost layer: the dialog until its closing animation ends, then the drawer.
    await dialog.waitFor({ state: 'hidden' });
    await settle(page);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(activeName).toBe(third);
  });

  it('sends the decisions with the next sync', async () => {
    await syncNow(app);
    const rows = await app.server.context.db
      .selectFrom('staff')
      .select(['id', 'status', 'reject_reason'])
      .where(
        'id',
        'in',
        pending.slice(0, 3).map((person) => person.id),
      )
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(pending[0]!.id)?.status).toBe('approved');
    expect(byId.get(pending[1]!.id)?.status).toBe('approved');
    expect(byId.get(pending[2]!.id)).toMatchObject({ status: 'rejected', reject_reason: '非本单位人员' });
    const byKeys = await app.server.context.db
      .selectFrom('staff')
      .select(['name', 'status', 'reject_reason'])
      .where(
        'id',
        'in',
        pending.slice(3).map((person) => person.id),
      )
      .where('name', 'in', [keyboard.approved!, keyboard.rejected!])
      .execute();
    expect(byKeys).toHaveLength(2);
    expect(byKeys.find((row) => row.name === keyboard.approved)).toMatchObject({ status: 'approved' });
    expect(byKeys.find((row) => row.name === keyboard.rejected)).toMatchObject({
      status: 'rejected',
      reject_reason: '所属部门填写有误',
    });
    expect(app.pageErrors).toEqual([]);
  });
});
