import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocateSeq } from '../../src-server/db/sequence.ts';
import {
  buttonName,
  DEMO_PASSWORD,
  demoUnit,
  logIn,
  openContextMenu,
  openScreen,
  screenshot,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

/**
 * A day without the server: the administrator keeps working, every decision waits (待同步), and once
 * the server is back one sync brings them all to it; a department the server changed meanwhile comes
 * back as a conflict to redo.
 */
describe.runIf(chromiumAvailable())('a full offline day in headless Chromium', () => {
  let app: E2eApp;
  let page: Page;
  let unitId: string;
  let renamed: { id: string; name: string };
  let contested: { id: string; name: string };
  const decided: { approved?: string; rejected?: string } = {};

  beforeAll(async () => {
    app = await startE2eApp();
    page = app.page;
    const { db } = app.server.context;
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('code', '=', demoUnit(app.server).unitCode)
      .executeTakeFirstOrThrow();
    unitId = unit.id;
    const departments = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('unit_id', '=', unitId)
      .where('deleted', '=', 0)
      .where('parent_id', 'is', null)
      .orderBy('name')
      .execute();
    [renamed, contested] = departments.slice(0, 2) as [typeof renamed, typeof contested];
    await logIn(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const waitingCount = () => page.getByTestId('waiting-count').innerText();
  const departmentNode = (name: string) =>
    page.getByTestId('department-tree').getByTestId('department-node').filter({ hasText: name });

  async function renameDepartment(from: string, to: string) {
    await openContextMenu(page, departmentNode(from), '重命名');
    await page.getByRole('menuitem', { name: '重命名' }).click();
    const dialog = page.getByRole('dialog', { name: '重命名部门' });
    await dialog.getByTestId('department-name').fill(to);
    await dialog.getByRole('button', { name: buttonName('保存') }).click();
    await departmentNode(to).waitFor();
  }

  it('goes offline when the server stops', async () => {
    await app.server.stop();
    await page.getByTestId('sync-now').click();
    await expect.poll(() => page.getByTestId('connection').innerText(), { timeout: 30_000 }).toBe('离线');
    await page.getByTestId('sync-error').waitFor();
  });

  it('keeps every decision made offline as 待同步', async () => {
    await openScreen(page, '组织机构管理');
    await renameDepartment(renamed.name, `${renamed.name}（离线改名）`);
    await renameDepartment(contested.name, `${contested.name}（本机）`);
    await departmentNode(`${renamed.name}（离线改名）`).getByTestId('waiting-tag').waitFor();
    await departmentNode(`${contested.name}（本机）`).getByTestId('waiting-tag').waitFor();
    const untouched = page.getByTestId('department-tree').getByTestId('department-node');
    expect(await untouched.count()).toBeGreaterThan(2);
    expect(await page.getByTestId('department-tree').getByTestId('waiting-tag').count()).toBe(2);
    await screenshot(page, 'departments-waiting');

    await openScreen(page, '管理人员管理');
    const sub = page
      .getByTestId('sub-admins-table')
      .locator('tr.ant-table-row')
      .filter({ hasNotText: '单位管理员' })
      .first();
    await sub.getByRole('button', { name: buttonName('修改') }).click();
    const edit = page.getByRole('dialog', { name: /^修改管理人员/ });
    await edit.getByLabel('证书打印').check();
    await edit.getByRole('button', { name: buttonName('保存') }).click();
    await sub.getByTestId('waiting-tag').waitFor();
    expect(await sub.innerText()).toContain('证书打印');

    await openScreen(page, '审核注册账号');
    const rows = page.getByTestId('registrations-table').locator('tr.ant-table-row');
    await rows.first().waitFor();
    decided.approved = (await rows.nth(0).locator('td').nth(1).innerText()).trim();
    decided.rejected = (await rows.nth(1).locator('td').nth(1).innerText()).trim();
    await rows.nth(0).getByRole('checkbox').check();
    await page.getByTestId('approve-selected').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '审核通过' }).click();
    await rows.filter({ hasText: decided.approved }).waitFor({ state: 'detached' });
    await rows.filter({ hasText: decided.rejected }).getByRole('checkbox').check();
    await page.getByTestId('reject-selected').click();
    const reason = page.getByRole('dialog', { name: '驳回注册申请' });
    await reason.getByText('非本单位人员').click();
    await reason.getByRole('button', { name: '确定驳回' }).click();
    await rows.filter({ hasText: decided.rejected }).waitFor({ state: 'detached' });

    await expect.poll(waitingCount).toBe('待同步 5 项');
    expect(await page.getByTestId('connection').innerText()).toBe('离线');
    await openScreen(page, '管理人员管理');
    await sub.getByTestId('waiting-tag').waitFor();
    await screenshot(page, 'offline-day');
  });

  it('sends them all once the server is back, and shows a conflict to redo', async () => {
    const { db } = app.server.context;
    await db.transaction().execute(async (trx) => {
      const seq = await allocateSeq(trx);
      await trx
        .updateTable('departments')
        .set((eb) => ({ name: `${contested.name}（服务器）`, version: eb('version', '+', 1), seq }))
        .where('id', '=', contested.id)
        .execute();
    });
    await app.server.start();
    await syncNow(app);
    await expect.poll(() => page.getByTestId('connection').innerText()).toBe('在线');
    await expect.poll(() => page.getByTestId('conflict-count').innerText()).toBe('冲突 1 项');

    await page.getByTestId('conflict-count').click();
    const card = page.getByTestId('conflict-card');
    await expect.poll(() => card.innerText()).toContain(`${contested.name}（服务器）`);
    expect(await card.innerText()).toContain(`${contested.name}（本机）`);
    await screenshot(page, 'conflicts');
    await card.getByRole('button', { name: '按我的决定重新提交' }).click();
    await page.getByText('已重新提交').waitFor();
    await page.keyboard.press('Escape');
    await syncNow(app);
    await expect.poll(waitingCount).toBe('待同步 0 项');
    await expect.poll(() => page.getByTestId('conflict-count').innerText()).toBe('冲突 0 项');

    await openScreen(page, '组织机构管理');
    await departmentNode(`${renamed.name}（离线改名）`).waitFor();
    await departmentNode(`${contested.name}（本机）`).waitFor();
    expect(await page.getByTestId('department-tree').getByTestId('waiting-tag').count()).toBe(0);
  });

  it('leaves the server holding every decision of the day', async () => {
    const { db } = app.server.context;
    const departments = await db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('id', 'in', [renamed.id, contested.id])
      .execute();
    expect(Object.fromEntries(departments.map((d) => [d.id, d.name]))).toEqual({
      [renamed.id]: `${renamed.name}（离线改名）`,
      [contested.id]: `${contested.name}（本机）`,
    });
    const sub = await db
      .selectFrom('unit_admins')
      .select('permissions')
      .where('unit_id', '=', unitId)
      .where('role', '=', 'sub')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(sub.permissions)).toContain('certificates');
    const staff = await db
      .selectFrom('staff')
      .select(['name', 'status', 'reject_reason'])
      .where('unit_id', '=', unitId)
      .where('name', 'in', [decided.approved!, decided.rejected!])
      .execute();
    expect(Object.fromEntries(staff.map((s) => [s.name, [s.status, s.reject_reason]]))).toEqual({
      [decided.approved!]: ['approved', null],
      [decided.rejected!]: ['rejected', '非本单位人员'],
    });
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the account without the server the next morning (离线登录)', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page
      .getByRole('dialog', { name: '退出登录' })
      .getByRole('button', { name: buttonName('退出') })
      .click();
    await app.server.stop();
    await page.reload();
    const problem = page.getByTestId('login-error');
    await expect.poll(() => problem.innerText(), { timeout: 30_000 }).toContain('离线登录');
    await problem.getByRole('button', { name: '离线登录' }).click();
    const offline = page.getByTestId('offline-form');
    await offline.getByPlaceholder('密码').fill('wrong-password-1');
    await offline.getByRole('button', { name: '离线登录' }).click();
    await offline.getByTestId('login-error').waitFor();
    await offline.getByPlaceholder('密码').fill(DEMO_PASSWORD);
    await offline.getByRole('button', { name: '离线登录' }).click();
    await page
      .getByTestId('header-unit')
      .filter({ hasText: demoUnit(app.server).unitName })
      .waitFor();
    expect(await page.locator('.ant-layout-header').innerText()).toContain('离线登录');
    await openScreen(page, '组织机构管理');
    await departmentNode(`${renamed.name}（离线改名）`).waitFor();
  });
});
