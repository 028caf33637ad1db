import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../support/outside.ts';
import { logIn, openScreen, settle, startE2eApp, type E2eApp } from '../support/e2e-app.ts';

/** The screens of the left menu, each checked at 1366 × 768, a common laptop screen. */
const SCREENS = [
  '单位信息管理',
  '个人基本信息维护',
  '修改密码',
  '管理人员管理',
  '组织机构管理',
  '审核注册账号',
  '专业技术人员管理',
  '继续教育信息管理',
  '其它继续教育形式申报(公需)',
  '其它继续教育形式申报(专业)',
  '证书打印',
  '学时统计',
];

/**
 * What runs past the page's card (the first few): elements whose right edge lies beyond it, unless a
 * box between them and the card scrolls or clips (a table that scrolls inside its frame is fine).
 */
function overflowingElements(): string[] {
  const card = document.querySelector('.page-body')!;
  const edge = card.getBoundingClientRect().right + 1;
  const clipped = (element: Element) => {
    for (let box = element.parentElement; box && box !== card; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== 'visible') return true;
    }
    return false;
  };
  return [...card.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > edge && !clipped(element))
    .slice(0, 5)
    .map((element) => `${element.tagName.toLowerCase()} «${element.textContent?.slice(0, 20)}»`);
}

describe.runIf(chromiumAvailable())('every screen in a 1366 × 768 window', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startE2eApp();
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await logIn(app);
  });
  afterAll(() => app?.close());

  it.each(SCREENS)(
    '%s fits its card: nothing runs past it, the page does not scroll sideways',
    async (label) => {
      const { page } = app;
      await openScreen(page, label);
      await page.waitForLoadState('networkidle');
      await settle(page);
      expect(await page.evaluate(overflowingElements)).toEqual([]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(1366);
    },
  );
});
