import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoUnit,
  logIn,
  openScreen,
  screenshot,
  startE2eApp,
  syncNow,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

const TITLE = '2026 年度《民法典》专题学习';

describe.runIf(chromiumAvailable())('其它继续教育形式申报 in headless Chromium', () => {
  let app: E2eApp;
  let unitId: string;

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

  const form = () => app.page.getByTestId('activity-form');
  const fieldError = (label: string) =>
    form()
      .locator('.ant-form-item')
      .filter({ has: app.page.getByText(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');

  async function choose(label: string, option: string) {
    await form().getByLabel(label).click();
    await app.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option })
      .first()
      .click();
  }

  it('loads the fields of the chosen type and checks them as they are typed', async () => {
    await logIn(app);
    await openScreen(app.page, '其它继续教育形式申报(公需)');
    await form().getByText('选择继续教育类型后，将载入该类型需要填写的信息项。').waitFor();
    await choose('继续教育类型', '公需科目');
    await form().getByLabel('课程名称').waitFor();
    await form().getByLabel('完成学时').fill('500');
    await expect
      .poll(() => fieldError('完成学时').innerText())
      .toContain('完成学时须为 0.5 到 200 之间的数值');
    await form().getByLabel('完成学时').fill('12');
    await expect.poll(() => fieldError('完成学时').count()).toBe(0);
    await expect.poll(() => form().getByLabel('学时', { exact: true }).inputValue()).toMatch(/^12(\.0)?$/);
    await form().getByText('按学时规则最多可计 12 学时').waitFor();
  });

  it('declares one activity for staff chosen from the tree and a search, and syncs it', async () => {
    const { db } = app.server.context;
    const department = await db
      .selectFrom('departments')
      .innerJoin('staff', 'staff.department_id', 'departments.id')
      .select(['departments.id', 'departments.name', (eb) => eb.fn.countAll<number>().as('n')])
      .where('departments.unit_id', '=', unitId)
      .where('staff.status', '=', 'approved')
      .groupBy(['departments.id', 'departments.name'])
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    const inDepartment = await db
      .selectFrom('staff')
      .select('id')
      .where('department_id', '=', department.id)
      .where('status', '=', 'approved')
      .execute();
    const other = await db
      .selectFrom('staff')
      .select(['id', 'name', 'id_number'])
      .where('unit_id', '=', unitId)
      .where('status', '=', 'approved')
      .where('department_id', '!=', department.id)
      .executeTakeFirstOrThrow();

    await form().getByLabel('活动名称').fill(TITLE);
    await form().getByLabel('课程名称').fill('《民法典》与专业技术人员权益保护');
    await form().getByLabel('学习平台').fill('河南省专业技术人员继续教育公共服务平台');
    await choose('学习方式', '面授');
    await form().getByLabel('完成日期').fill('2026-06-01');
    await form().getByLabel('完成日期').press('Enter');

    await app.page
      .getByTestId('department-staff-tree')
      .locator('.ant-tree-treenode')
      .filter({ hasText: new RegExp(`^${department.name}（`) })
      .locator('.ant-tree-checkbox')
      .click();
    await app.page.getByRole('button', { name: '添加所选部门的人员' }).click();
    await expect
      .poll(() => app.page.getByTestId('chosen-count').innerText())
      .toContain(`已选 ${inDepartment.length} 人`);
    await app.page.getByRole('tab', { name: '查找人员' }).click();
    await app.page.getByTestId('staff-search-picker').click();
    await app.page.keyboard.type(other.id_number);
    await app.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: other.name })
      .click();
    const people = inDepartment.length + 1;
    await expect.poll(() => app.page.getByTestId('chosen-count').innerText()).toContain(`已选 ${people} 人`);
    expect(await form().locator('.ant-form-item-explain-error').allInnerTexts()).toEqual([]);
    await app.page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(app.page, 'unit-declarations');

    await app.page.getByTestId('unit-declaration-submit').click();
    await app.page.getByText(`已为 ${people} 人申报「${TITLE}」，每人 12 学时`).waitFor();
    await syncNow(app);
    const declared = await db
      .selectFrom('declarations')
      .select(['staff_id', 'status', 'source', 'category', 'hours', 'activity_id'])
      .where('unit_id', '=', unitId)
      .where('title', '=', TITLE)
      .execute();
    expect(new Set(declared.map((row) => row.staff_id))).toEqual(
      new Set([...inDepartment.map((row) => row.id), other.id]),
    );
    for (const row of declared)
      expect(row).toMatchObject({ status: 'approved', source: 'unit', category: 'public', hours: 12 });
    expect(new Set(declared.map((row) => row.activity_id)).size).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
