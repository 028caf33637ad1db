import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonName,
  demoUnit,
  logIn,
  openScreen,
  screenshot,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';
import { makeTempDir } from '../support/temp-dir.ts';

interface Person {
  id: string;
  name: string;
  id_number: string;
  department_id: string | null;
}

describe.runIf(chromiumAvailable())('专业技术人员管理 in headless Chromium', () => {
  let app: E2eApp;
  let unitId: string;
  let approved: Person[];
  const downloads = makeTempDir('e2e-staff-export');

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    const { db } = app.server.context;
    unitId = (
      await db
        .selectFrom('units')
        .select('id')
        .where('code', '=', demoUnit(app.server).unitCode)
        .executeTakeFirstOrThrow()
    ).id;
    approved = await db
      .selectFrom('staff')
      .select(['id', 'name', 'id_number', 'department_id'])
      .where('unit_id', '=', unitId)
      .where('status', '=', 'approved')
      .orderBy('name')
      .execute();
  });

  afterAll(async () => {
    await app?.close();
    downloads.remove();
  });

  const table = () => app.page.getByTestId('staff-table');
  const rows = () => table().locator('tbody tr.ant-table-row');
  const animationsDone = () => app.page.waitForFunction(() => document.getAnimations().length === 0);

  /** Someone whose name no one else in the unit shares, and who is in a department. */
  const someone = (skip: string[] = []) => {
    const person = approved.find(
      (p) =>
        p.department_id && !skip.includes(p.id) && approved.filter((q) => q.name === p.name).length === 1,
    );
    if (!person) throw new Error('no approved staff member with a unique name');
    return person;
  };

  const search = async (text: string) => {
    const box = app.page.getByTestId('staff-search').locator('input');
    await box.fill(text);
    await box.press('Enter');
  };

  it('lists the approved staff and finds a person by name or ID number', async () => {
    await logIn(app);
    await openScreen(app.page, '专业技术人员管理');
    await expect.poll(() => rows().count()).toBe(Math.min(approved.length, 50));
    await screenshot(app.page, 'staff');
    const person = someone();
    await search(person.name);
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().innerText()).toContain(person.id_number);
    await search(person.id_number.slice(-8));
    await expect.poll(() => rows().allInnerTexts()).toEqual([expect.stringContaining(person.name)]);
  });

  it('shows a person with their declarations and yearly hours, and transfers them', async () => {
    const person = someone();
    const target = await app.server.context.db
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('unit_id', '=', unitId)
      .where('id', '!=', person.department_id!)
      .where('deleted', '=', 0)
      .orderBy('name')
      .executeTakeFirstOrThrow();
    await rows().first().click();
    const drawer = app.page.getByTestId('staff-drawer');
    await drawer.getByTestId('staff-profile').waitFor();
    await drawer.getByRole('tab', { name: /年度学时/ }).click();
    await drawer.getByRole('tabpanel').locator('.ant-table-row').first().waitFor();
    await drawer.getByRole('tab', { name: /继续教育记录/ }).click();
    await drawer.getByRole('tabpanel').locator('.ant-table-row').first().waitFor();
    await animationsDone();
    await screenshot(app.page, 'staff-detail');

    await drawer.getByRole('button', { name: '调动部门' }).click();
    const dialog = app.page.getByRole('dialog', { name: '调动部门' });
    await dialog.getByTestId('transfer-department').click();
    await app.page.keyboard.type(target.name);
    await app.page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper')
      .filter({ hasText: new RegExp(`^${target.name}（`) })
      .click();
    await dialog.getByRole('button', { name: '确定调动' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => drawer.getByTestId('staff-profile').innerText()).toContain(target.name);
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    await syncNow(app);
    const onServer = await app.server.context.db
      .selectFrom('staff')
      .select('department_id')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(onServer.department_id).toBe(target.id);
  });

  it('marks a person as left', async () => {
    const person = someone([someone().id]);
    await search(person.name);
    await expect.poll(() => rows().count()).toBe(1);
    await rows().first().locator('.ant-checkbox-input').check();
    await app.page
      .getByRole('button', { name: /标记离职/ })
      .first()
      .click();
    await app.page.getByRole('dialog').getByRole('button', { name: '标记离职' }).click();
    await expect.poll(() => rows().count()).toBe(0);
    await syncNow(app);
    const onServer = await app.server.context.db
      .selectFrom('staff')
      .select('status')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(onServer.status).toBe('left');
    approved = approved.filter((p) => p.id !== person.id);
  });

  it('exports the staff matching the filters to Excel', async () => {
    await search('');
    await expect.poll(() => rows().count()).toBe(Math.min(approved.length, 50));
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('staff-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('专业技术人员名单.xlsx');
    const file = join(downloads.path, 'export.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名');
    expect(sheet.getRow(1).getCell(2).value).toBe('身份证号码');
    expect(sheet.rowCount - 1).toBe(approved.length);
    const idNumbers = new Set<string>();
    sheet.eachRow((row, index) => index > 1 && idNumbers.add(String(row.getCell(2).value)));
    expect(idNumbers).toEqual(new Set(approved.map((p) => p.id_number)));
    expect(app.pageErrors).toEqual([]);
  });

  it('selects the people of an Excel list for batch work', async () => {
    const listed = approved.slice(0, 3);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['姓名', '身份证号码']);
    for (const person of listed) sheet.addRow([person.name, person.id_number]);
    sheet.addRow(['外单位', '110101199003070011']);
    const file = join(downloads.path, 'list.xlsx');
    await workbook.xlsx.writeFile(file);
    await app.page
      .getByTestId('import-staff-list')
      .locator('..')
      .locator('input[type=file]')
      .setInputFiles(file);
    await app.page
      .locator('.ant-modal-confirm-title')
      .filter({ hasText: `已选中 ${listed.length} 人，1 个身份证号码不在本单位已审核人员中` })
      .waitFor();
    await app.page
      .getByRole('dialog')
      .getByRole('button', { name: buttonName('知道了') })
      .click();
    await app.page.getByText(`已选择 ${listed.length} 项`).waitFor();
  });
});
