import type { Page } from 'playwright-core';

export interface Timing {
  runs: number;
  median: number;
  p95: number;
  max: number;
}

function timingOf(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (value: number) => Math.round(value * 10) / 10;
  return { runs: values.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!) };
}

const TABLE = '[data-testid="declarations-table"]';

/** A click the page makes itself, so that the clock starts with it: a menu item or a drop-down option. */
type Action = { menu: string } | { option: string };

/**
 * Runs `action` in the page and answers the milliseconds until the declarations table has settled: rows
 * (or its empty text) shown, not busy and no spinner, after having seen it busy, other rows or no table
 * at all.
 */
function timeUntilSettled(page: Page, action: Action): Promise<number> {
  return page.evaluate(
    ({ table, action }) =>
      new Promise<number>((resolve, reject) => {
        const firstRow = () =>
          document.querySelector(`${table} tbody tr.ant-table-row`)?.getAttribute('data-row-key');
        const before = firstRow();
        let changed = document.querySelector(table) === null;
        const settled = () => {
          const element = document.querySelector(table);
          if (!element) return false;
          if (firstRow() !== before) changed = true;
          // aria-busy: the table is waiting for the core, also when the answer comes too soon for a spinner.
          if (element.getAttribute('aria-busy') === 'true' || element.querySelector('.ant-spin-spinning')) {
            changed = true;
            return false;
          }
          return changed && element.querySelector('tbody tr.ant-table-row, .ant-table-placeholder') !== null;
        };
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!settled()) return;
          observer.disconnect();
          resolve(performance.now() - started);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the declarations table did not settle in 10 s after ${JSON.stringify(action)}`));
        }, 10_000);
        const [selector, text] =
          'menu' in action
            ? ['.ant-layout-sider .ant-menu-item', action.menu]
            : [
                '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
                action.option,
              ];
        const target = [...document.querySelectorAll<HTMLElement>(selector)].find(
          (element) => element.textContent?.trim() === text && element.offsetParent !== null,
        );
        if (!target) return reject(new Error(`nothing to click: ${text}`));
        target.click();
      }),
    { table: TABLE, action },
  );
}

/** Screens to come from, and how to tell they are shown. */
export const ORIGINS = {
  修改密码: '[data-testid="password-form"]',
  审核注册账号:
    '[data-testid="registrations-table"] tbody tr.ant-table-row, [data-testid="registrations-table"] .ant-table-placeholder',
} as const;

/** From another screen to 继续教育信息管理, until its first page of rows shows. */
export async function measureFirstPage(
  page: Page,
  runs: number,
  from: keyof typeof ORIGINS,
): Promise<Timing> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.locator('.ant-layout-sider').getByText(from, { exact: true }).click();
    await page.locator(ORIGINS[from]).first().waitFor();
    times.push(await timeUntilSettled(page, { menu: '继续教育信息管理' }));
    await page.locator(`${TABLE} tbody tr.ant-table-row`).first().waitFor();
  }
  return timingOf(times);
}

/** Filter changes an officer makes one after another; each changes what the list shows. */
const FILTER_STEPS: readonly [testId: string, option: string][] = [
  ['filter-year', '2025 年度'],
  ['filter-type', '学术会议'],
  ['filter-year', '2024 年度'],
  ['filter-type', '专利'],
  ['filter-category', '专业科目'],
  ['filter-year', '2023 年度'],
  ['filter-type', '培训、研修、进修'],
  ['filter-year', '2022 年度'],
  ['filter-year', '2025 年度'],
  ['filter-type', '学术会议'],
  ['filter-year', '2024 年度'],
  ['filter-type', '专利'],
  ['filter-category', '公需科目'],
  ['filter-year', '2023 年度'],
  ['filter-type', '培训、研修、进修'],
  ['filter-year', '2022 年度'],
];

/** Choosing an option of a filter drop-down, until the list shows the filtered rows. */
export async function measureFilters(
  page: Page,
  runs: number,
): Promise<{ all: Timing; byFilter: [string, Timing][] }> {
  const byFilter = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    const [testId, option] = FILTER_STEPS[run % FILTER_STEPS.length]!;
    await page.getByTestId(testId).click();
    const item = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: option });
    await item.first().waitFor();
    const ms = await timeUntilSettled(page, { option });
    const name = `filter: ${testId.replace('filter-', '')}`;
    byFilter.set(name, [...(byFilter.get(name) ?? []), ms]);
  }
  const all = [...byFilter.values()].flat();
  return { all: timingOf(all), byFilter: [...byFilter].map(([name, values]) => [name, timingOf(values)]) };
}
