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
type Action = { menu: string } | { option: string; select: string };

/**
 * Runs `action` in the page and answers the milliseconds until the declarations table has settled on
 * what the action asked for: the table shows the list for other filters than before (its
 * `data-filters`; none before a navigation), is no longer busy, and shows rows or its empty text.
 */
function timeUntilSettled(page: Page, action: Action): Promise<number> {
  return page.evaluate(
    ({ table, action }) =>
      new Promise<number>((resolve, reject) => {
        const filtersOf = () => document.querySelector(table)?.getAttribute('data-filters') ?? null;
        const before = filtersOf();
        const settled = () => {
          const element = document.querySelector(table);
          if (!element || element.getAttribute('data-filters') === before) return false;
          if (element.getAttribute('aria-busy') === 'true' || element.querySelector('.ant-spin-spinning'))
            return false;
          return element.querySelector('tbody tr.ant-table-row, .ant-table-placeholder') !== null;
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
        // A filter's options are looked for in its own drop-down (named by the select's aria-controls):
        // another one may still be closing, and option texts repeat across them (a type named 专业科目).
        const candidates =
          'menu' in action
            ? document.querySelectorAll<HTMLElement>('.ant-layout-sider .ant-menu-item')
            : (document
                .getElementById(
                  document
                    .querySelector(`[data-testid="${action.select}"] [aria-controls]`)
                    ?.getAttribute('aria-controls') ?? '',
                )
                ?.closest('.ant-select-dropdown')
                ?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? []);
        const text = 'menu' in action ? action.menu : action.option;
        const target = [...candidates].find(
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
    const ms = await timeUntilSettled(page, { option, select: testId });
    const name = `filter: ${testId.replace('filter-', '')}`;
    byFilter.set(name, [...(byFilter.get(name) ?? []), ms]);
  }
  const all = [...byFilter.values()].flat();
  return { all: timingOf(all), byFilter: [...byFilter].map(([name, values]) => [name, timingOf(values)]) };
}
