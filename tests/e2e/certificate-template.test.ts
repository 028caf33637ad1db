import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../unit/core/certificates/support/certificates.ts';
import { logIn, openScreen, screenshot, settle, startE2eApp, type E2eApp } from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

/** A title that shares nothing with the shipped 继续教育证书, so the preview can only show it from the unit's template. */
const UNIT_TITLE = '专业技术人员学时证明';

describe.runIf(chromiumAvailable())('证书模板 in headless Chromium', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('exports the shipped template, uses the edited copy, and previews it', async () => {
    const page = app.page;
    await logIn(app);
    await openScreen(page, '证书打印');
    await page.getByTestId('certificate-template-button').click();
    const dialog = page.getByRole('dialog', { name: '证书模板' });
    const current = dialog.getByTestId('template-current');
    await expect.poll(() => current.innerText()).toContain('默认模板');
    await dialog.getByTestId('template-pdf').waitFor();

    // A relative path is refused before the core opens anything, and the reason is shown.
    await dialog.getByTestId('template-path-input').fill('template.json');
    await dialog.getByTestId('template-use').click();
    await expect
      .poll(() => dialog.getByTestId('template-problems').innerText())
      .toContain('请输入证书模板文件的完整路径');

    await dialog.getByTestId('template-export').click();
    const exported = dialog.getByTestId('template-exported');
    await exported.waitFor();
    const templatePath = await dialog.getByTestId('template-path-input').inputValue();
    expect(templatePath).toMatch(/certificate-template[\\/]template\.json$/);
    expect(await exported.innerText()).toContain(join(templatePath, '..'));

    // The officer edits the copy in a text editor.
    const template = JSON.parse(readFileSync(templatePath, 'utf8')) as { title: { text: string } };
    template.title.text = UNIT_TITLE;
    writeFileSync(templatePath, JSON.stringify(template, null, 2));

    await dialog.getByTestId('template-use').click();
    await expect.poll(() => current.innerText()).toContain('本单位模板');
    expect(await dialog.getByTestId('template-path').innerText()).toBe(templatePath);
    await expect.poll(() => dialog.getByTestId('template-problems').count()).toBe(0);
    await expect
      .poll(() => dialog.getByTestId('template-common-form').locator('input').first().inputValue())
      .toBe(UNIT_TITLE);

    const frame = dialog.getByTestId('template-pdf');
    await frame.waitFor();
    const src = (await frame.getAttribute('src'))!;
    expect(src).toMatch(/^blob:/);
    await expect.poll(() => page.frames().some((shown) => shown.url() === src)).toBe(true);
    expect(page.frames().some((shown) => shown.url().startsWith('chrome-error:'))).toBe(false);
    // The preview the screen shows, as the core draws it (the CSP keeps tests from reading blob: URLs).
    const preview = await app.core.call('certificatesPreview', { year: new Date().getFullYear() });
    if (!preview.ok) throw new Error(preview.error.message);
    const text = pdfText(Buffer.from((preview.value as { pdfBase64: string }).pdfBase64, 'base64'));
    expect(text).toContain(UNIT_TITLE);
    expect(text).toContain('吉𠮷喆');

    await settle(page);
    // Chromium's PDF viewer paints in a frame of its own: give it a moment before the screenshot.
    await page.waitForTimeout(1_000);
    await screenshot(page, 'certificate-template');
    expect(app.pageErrors).toEqual([]);
  });
});
