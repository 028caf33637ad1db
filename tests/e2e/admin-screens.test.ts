import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '../../src-server/seed/identity-numbers.ts';
import {
  buttonName,
  DEMO_PASSWORD,
  demoUnit,
  logIn,
  openContextMenu,
  openScreen,
  screenshot,
  settle,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

describe.runIf(chromiumAvailable())('管理员管理 screens in headless Chromium', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
    await logIn(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const dialog = (title: string) => app.page.getByRole('dialog', { name: title });
  /**
   * Drags a department by the mouse as a person does and releases it over the target, a little to
   * the right of where it was picked up: antd's tree then drops it inside rather than beside.
   */
  async function dragOnto(source: Locator, target: Locator) {
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await app.page.mouse.move(from.x + 40, from.y + from.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(from.x + 45, from.y + from.height / 2 + 5, { steps: 5 });
    await app.page.mouse.move(from.x + 100, to.y + to.height / 2, { steps: 20 });
    await app.page.mouse.up();
  }

  const row = (table: Locator, text: string) => table.locator('tr.ant-table-row').filter({ hasText: text });

  it('单位信息管理: shows the unit and saves an edit as waiting for sync', async () => {
    const { page } = app;
    await openScreen(page, '单位信息管理');
    const info = page.getByTestId('unit-info');
    await expect.poll(() => info.innerText()).toContain(demoUnit(app.server).unitCode);
    expect(await info.innerText()).toContain('所属区域');
    await screenshot(page, 'unit-info');

    await page.getByRole('button', { name: '修改单位信息' }).click();
    const form = page.getByTestId('unit-info-form');
    await form.getByLabel('联系人').fill('李主任');
    await form.getByLabel('单位级别').click();
    await dialog('选择单位级别').waitFor();
    await settle(page);
    await dialog('选择单位级别').getByRole('option', { name: '省直' }).click();
    await dialog('选择单位级别')
      .getByRole('button', { name: buttonName('选定') })
      .click();
    await form.getByRole('button', { name: buttonName('保存') }).click();
    await expect.poll(() => info.innerText()).toContain('李主任');
    expect(await info.innerText()).toContain('省直');
    await info.getByTestId('waiting-tag').waitFor();
    await expect.poll(() => page.getByTestId('waiting-count').innerText()).not.toBe('待同步 0 项');
  });

  it('个人基本信息维护: shows the administrator logged in', async () => {
    await openScreen(app.page, '个人基本信息维护');
    const profile = app.page.getByTestId('profile');
    await expect.poll(() => profile.innerText()).toContain(demoUnit(app.server).adminIdNumber);
    expect(await profile.innerText()).toContain('单位管理员');
    await screenshot(app.page, 'profile');
  });

  it('个人基本信息维护: saves a new phone and e-mail on the server, name and account locked', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '修改个人信息' }).click();
    const form = page.getByTestId('profile-form');
    expect(await form.getByLabel('姓名').isDisabled()).toBe(true);
    expect(await form.getByLabel('登录账户').isDisabled()).toBe(true);
    await form.getByLabel('手机号码').fill('1391234');
    await form.getByText('请输入有效的手机号码').waitFor();
    await form.getByLabel('手机号码').fill('13912340001');
    await form.getByLabel('电子邮箱').fill('hr-office@');
    await form.getByText('请输入有效的电子邮箱').waitFor();
    await form.getByLabel('电子邮箱').fill('hr-office@example.com');
    await screenshot(page, 'profile-edit');
    await form.getByRole('button', { name: buttonName('保存') }).click();

    const profile = page.getByTestId('profile');
    await expect.poll(() => profile.innerText()).toContain('13912340001');
    expect(await profile.innerText()).toContain('hr-office@example.com');
    const onServer = await app.server.context.db
      .selectFrom('unit_admins')
      .select(['phone', 'email', 'name'])
      .where('id_number', '=', demoUnit(app.server).adminIdNumber)
      .executeTakeFirstOrThrow();
    expect(onServer).toMatchObject({ phone: '13912340001', email: 'hr-office@example.com' });
    await page.reload();
    await page.getByTestId('header-unit').waitFor();
    await expect.poll(() => page.getByTestId('profile').innerText()).toContain('13912340001');
  });

  it('管理人员管理: adds a sub-administrator, changes what they may do, disables and deletes them', async () => {
    const { page } = app;
    await openScreen(page, '管理人员管理');
    const table = page.getByTestId('sub-admins-table');
    await row(table, '单位管理员').waitFor();

    await page.getByRole('button', { name: '新增管理人员' }).click();
    const add = dialog('新增管理人员');
    await add.getByLabel('身份证号码').fill('41010519900101001X');
    await add.getByText('身份证号码校验位错误，请核对').waitFor();
    await add.getByLabel('身份证号码').fill(makeResidentId('410105', '1990-01-01', 321));
    await add.getByLabel('姓名').fill('赵审核');
    await add.getByLabel('手机号码').fill('12345');
    await add.getByText('请输入有效的手机号码').waitFor();
    await add.getByLabel('手机号码').fill('13912345678');
    await add.getByLabel('电子邮箱').fill('zhao@example');
    await add.getByText('请输入有效的电子邮箱').waitFor();
    await add.getByLabel('电子邮箱').fill('zhao@example.com');
    await add.getByLabel('审核注册账号').check();
    await add.getByLabel('继续教育信息管理').check();
    await add.getByRole('button', { name: buttonName('保存') }).click();
    const added = row(table, '赵审核');
    await added.getByTestId('waiting-tag').waitFor();
    expect(await added.innerText()).toContain('审核注册账号');

    await added.getByRole('button', { name: buttonName('修改') }).click();
    const edit = dialog('修改管理人员：赵审核');
    await edit.getByLabel('证书打印').check();
    await edit.getByLabel('审核注册账号').uncheck();
    await edit.getByRole('button', { name: buttonName('保存') }).click();
    await expect.poll(() => added.innerText()).toContain('证书打印');
    expect(await added.innerText()).not.toContain('审核注册账号');

    await added.getByRole('switch').click();
    await expect.poll(() => added.getByRole('switch').isChecked()).toBe(false);
    await syncNow(app);
    await expect.poll(() => page.getByTestId('waiting-count').innerText()).toBe('待同步 0 项');
    expect(await added.getByRole('switch').isChecked()).toBe(false);
    const onServer = await app.server.context.db
      .selectFrom('unit_admins')
      .select(['status', 'permissions'])
      .where('name', '=', '赵审核')
      .executeTakeFirstOrThrow();
    expect(onServer.status).toBe('disabled');
    expect(JSON.parse(onServer.permissions)).toEqual(['declarations', 'certificates']);
    // Every action lies within the table's own frame, on screen without scrolling anything.
    const frame = (await table.boundingBox())!;
    const remove = (await added.getByRole('button', { name: buttonName('删除') }).boundingBox())!;
    expect(remove.x + remove.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(frame.x + frame.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await screenshot(page, 'sub-admins');

    await added.getByRole('button', { name: buttonName('删除') }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('删除') })
      .click();
    await added.waitFor({ state: 'detached' });
  });

  it('组织机构管理: adds, renames, moves by menu and by drag, and deletes only empty departments', async () => {
    const { page } = app;
    await openScreen(page, '组织机构管理');
    const tree = page.getByTestId('department-tree');
    const node = (name: string) => tree.getByTestId('department-node').filter({ hasText: name });
    await node('人').first().waitFor();
    const staffed = node('人').filter({ hasNotText: '0 人' }).first();
    await staffed.click();
    const details = page.getByTestId('department-details');
    expect(await details.getByRole('button', { name: buttonName('删除') }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: '新增顶级部门' }).click();
    await dialog('新增部门').getByTestId('department-name').fill('继续教育办公室');
    await dialog('新增部门')
      .getByRole('button', { name: buttonName('保存') })
      .click();
    await node('继续教育办公室').waitFor();

    await node('继续教育办公室').getByRole('button', { name: '继续教育办公室的操作' }).click();
    await page.getByRole('menuitem', { name: '新增下级部门' }).click();
    await dialog('新增部门').getByTestId('department-name').fill('培训组');
    await dialog('新增部门')
      .getByRole('button', { name: buttonName('保存') })
      .click();
    await node('培训组').waitFor();

    await openContextMenu(page, node('培训组'), '重命名');
    await page.getByRole('menuitem', { name: '重命名' }).click();
    await dialog('重命名部门').getByTestId('department-name').fill('学时审核组');
    await dialog('重命名部门')
      .getByRole('button', { name: buttonName('保存') })
      .click();
    await node('学时审核组').waitFor();

    await details.getByRole('button', { name: buttonName('移动') }).click();
    const move = dialog('移动部门：学时审核组');
    await move.getByTestId('move-target').click();
    await page
      .locator('.ant-select-tree-node-content-wrapper')
      .filter({ hasText: '（作为顶级部门）' })
      .click();
    await move.getByRole('button', { name: buttonName('移动') }).click();
    await expect.poll(() => details.innerText()).toContain('（顶级部门）');

    // The tree reorders once the sync brings the server's sort order: drag after it has, with the
    // tree collapsed so that nothing scrolls between picking the department up and dropping it.
    await expect.poll(() => page.getByTestId('waiting-count').innerText()).toBe('待同步 0 项');
    await page.getByRole('button', { name: '全部收起' }).click();
    await settle(page);
    await dragOnto(node('学时审核组'), node('继续教育办公室'));
    await page
      .getByRole('dialog', { name: '移动部门' })
      .getByRole('button', { name: buttonName('移动') })
      .click();
    await expect.poll(() => details.innerText()).toContain('继续教育办公室 / 学时审核组');
    await page.getByRole('button', { name: '全部展开' }).click();
    await screenshot(page, 'departments');

    expect(await details.getByRole('button', { name: buttonName('删除') }).isDisabled()).toBe(false);
    await details.getByRole('button', { name: buttonName('删除') }).click();
    await page
      .getByRole('dialog', { name: '删除部门' })
      .getByRole('button', { name: buttonName('删除') })
      .click();
    await node('学时审核组').waitFor({ state: 'detached' });
  });

  it('设置: saves the sync interval and refuses a bad server address', async () => {
    const { page } = app;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '设置' }).click();
    const form = page.getByTestId('settings-form');
    await form.getByLabel('服务器地址').fill('ftp://example');
    await form.getByText('请输入以 http:// 或 https:// 开头的服务器地址').waitFor();
    await form.getByLabel('服务器地址').fill(app.server.baseUrl);
    await form.getByLabel('自动同步间隔').fill('600');
    // The printers come from the system (CUPS here, with its cups-pdf queue PDF).
    await form.getByLabel('证书打印机').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^PDF/ }).click();
    await form.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存').waitFor();
    const saved = await app.core.call('settingsGet', undefined);
    expect(saved.ok && saved.value).toMatchObject({
      syncIntervalSeconds: 600,
      serverUrl: app.server.baseUrl,
      printerName: 'PDF',
    });
    await screenshot(page, 'settings');
  });

  it('修改密码: refuses a wrong old password and changes it with the right one', async () => {
    const { page } = app;
    await openScreen(page, '修改密码');
    const form = page.getByTestId('password-form');
    await form.getByLabel('原密码').fill('Not-the-0ld-one');
    await form.getByLabel('新密码', { exact: true }).fill('short');
    await form.getByText('密码长度须为 8 到 64 位').waitFor();
    await form.getByLabel('新密码', { exact: true }).fill('NewPassw0rd2026');
    await form.getByLabel('确认新密码').fill('NewPassw0rd2026');
    await form.getByRole('button', { name: '确认修改' }).click();
    await form.getByText('原密码错误').waitFor();
    await screenshot(page, 'password');

    await form.getByLabel('原密码').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('密码已修改，下次登录请使用新密码').waitFor();
  });

  it('shows a sub-administrator only the screens they may use', async () => {
    const { page } = app;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page
      .getByRole('dialog', { name: '退出登录' })
      .getByRole('button', { name: buttonName('退出') })
      .click();
    await page.getByTestId('login-form').waitFor();
    await logIn(app, demoUnit(app.server).subAdminIdNumber);
    const menu = await page.locator('.ant-layout-sider').innerText();
    expect(menu).toContain('个人基本信息维护');
    expect(menu).not.toContain('管理人员管理');
    expect(await page.getByTestId('user-menu').innerText()).toContain('管理人员');
  });

  it('switches back to the main administrator with the account switch', async () => {
    const { page } = app;
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '切换账户' }).click();
    const dialog = page.getByRole('dialog', { name: '切换账户' });
    await dialog.getByRole('radio').first().check();
    await dialog.getByLabel('密码').fill('NewPassw0rd2026');
    await dialog.getByRole('button', { name: buttonName('切换') }).click();
    await expect.poll(() => page.getByTestId('user-menu').innerText()).toContain('管理员');
    expect(await page.locator('.ant-layout-sider').innerText()).toContain('管理人员管理');
    expect(app.pageErrors).toEqual([]);
  });
});
