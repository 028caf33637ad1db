import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoUnit,
  logIn,
  openScreen,
  screenshot,
  settle,
  startE2eApp,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const YEAR = 2025;

describe.runIf(chromiumAvailable())('学时统计 in headless Chromium', () => {
  let app: E2eApp;
  let approvedStaff: number;
  const downloads = makeTempDir('e2e-hours-export');

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    const { db } = app.server.context;
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('code', '=', demoUnit(app.server).unitCode)
      .executeTakeFirstOrThrow();
    const counted = await db
      .selectFrom('staff')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'approved')
      .executeTakeFirstOrThrow();
    approvedStaff = Number(counted.n);
  });

  afterAll(async () => {
    await app?.close();
    downloads.remove();
  });

  it('shows completion per department as a table and a chart', async () => {
    await logIn(app);
    await openScreen(app.page, '学时统计');
    await app.page.getByTestId('hours-year').click();
    await app.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: `${YEAR} 年度` })
      .click();
    const summary = app.page.getByTestId('hours-summary');
    await expect.poll(() => summary.innerText()).toContain(`专业技术人员\n${approvedStaff}`);
    const unitRow = app.page.getByTestId('completion-table').locator('tbody tr.ant-table-row').first();
    expect(await unitRow.innerText()).toContain(`${demoUnit(app.server).unitName}（全单位）`);
    expect(
      await app.page.getByTestId('completion-table').locator('tbody tr.ant-table-row').count(),
    ).toBeGreaterThan(2);

    const canvas = app.page.getByTestId('completion-chart').locator('canvas');
    await canvas.waitFor();
    await expect
      .poll(() =>
        canvas.evaluate((element: HTMLCanvasElement) => {
          const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
          let coloured = 0;
          for (let i = 0; i < data.length; i += 4)
            if (data[i + 3]! > 0 && data[i]! !== data[i + 1]) coloured++;
          return coloured;
        }),
      )
      .toBeGreaterThan(1000);
    await app.page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
    await settle(app.page);
    await screenshot(app.page, 'hours');
  });

  it('exports the completion table to Excel', async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('hours-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`学时统计-${YEAR}年度.xlsx`);
    const file = join(downloads.path, 'hours.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '部门',
      '人数',
      '达标',
      '未达标',
      '达标率',
      '公需科目达标',
      '专业科目达标',
      '总学时达标',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe(`${demoUnit(app.server).unitName}（全单位）`);
    expect(sheet.getRow(2).getCell(2).value).toBe(approvedStaff);
    const met = Number(sheet.getRow(2).getCell(3).value);
    const notMet = Number(sheet.getRow(2).getCell(4).value);
    expect(met + notMet).toBe(approvedStaff);
  });

  it('lists each person with their hours of the year', async () => {
    await app.page.getByRole('tab', { name: '按人员查看' }).click();
    const rows = app.page.getByTestId('staff-hours-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(50, approvedStaff));
    await app.page.getByTestId('staff-hours-table').getByText('未达标', { exact: true }).first().click();
    const allNotMet = async () => {
      const texts = await rows.allInnerTexts();
      return texts.length > 0 && texts.every((text) => text.includes('未达标'));
    };
    await expect.poll(allNotMet).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
