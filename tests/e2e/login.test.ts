import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId, makeSocialCreditCode } from '../../src-server/seed/identity-numbers.ts';
import { samplePng } from '../../src-server/seed/sample-files.ts';
import {
  buttonName,
  CAPTCHA_ANSWER,
  DEMO_PASSWORD,
  demoUnit,
  fillLogIn,
  logIn,
  screenshot,
  settle,
  startE2eApp,
  type E2eApp,
} from '../support/e2e-app.ts';
import { chromiumAvailable } from '../support/outside.ts';

const run = promisify(execFile);

/** The unit registered through the wizard, then approved with the server's `approve-unit` command. */
const NEW_UNIT = {
  code: makeSocialCreditCode('12', '410100', 77001234),
  idNumber: makeResidentId('410105', '1985-06-01', 17),
  password: 'Passw0rd2026',
};

describe.runIf(chromiumAvailable())('log-in and unit registration in headless Chromium', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  const loginError = () => app.page.getByTestId('login-error');
  const submit = () => app.page.getByRole('button', { name: '登 录' }).click();

  it('shows the unit log-in form with a captcha from the server', async () => {
    const { page } = app;
    await page.getByTestId('captcha').locator('img').waitFor();
    expect(await page.getByRole('radio', { name: '单位' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: '个人' }).isDisabled()).toBe(true);
    await screenshot(page, 'login');
  });

  it('checks the organisation code and the ID number as they are typed', async () => {
    const { page } = app;
    await page.getByPlaceholder('单位组织机构代码 / 统一社会信用代码').fill('12345');
    await page.getByText('请输入18位统一社会信用代码或9位组织机构代码').waitFor();
    await page.getByPlaceholder('账户（身份证号码）').fill('410105198005010010');
    await page.getByText('身份证号码校验位错误，请核对').waitFor();
  });

  it('fetches a new captcha when the image is clicked', async () => {
    const image = app.page.getByTestId('captcha').locator('img');
    const first = await image.getAttribute('data-captcha-id');
    await app.page.getByTestId('captcha').click();
    await expect.poll(() => image.getAttribute('data-captcha-id')).not.toBe(first);
  });

  it('says 账户或密码错误 for a wrong password', async () => {
    const unit = demoUnit(app.server);
    await fillLogIn(app, {
      orgCode: unit.unitCode,
      idNumber: unit.adminIdNumber,
      password: 'Wrong-Passw0rd',
    });
    await submit();
    await expect.poll(() => loginError().innerText()).toContain('账户或密码错误');
  });

  it('says 验证码错误 for a wrong captcha, and offers a new one', async () => {
    const unit = demoUnit(app.server);
    const image = app.page.getByTestId('captcha').locator('img');
    await fillLogIn(
      app,
      { orgCode: unit.unitCode, idNumber: unit.adminIdNumber, password: DEMO_PASSWORD },
      CAPTCHA_ANSWER.split('').reverse().join(''),
    );
    const used = await image.getAttribute('data-captcha-id');
    await submit();
    await expect.poll(() => loginError().innerText()).toContain('验证码错误');
    await expect.poll(() => image.getAttribute('data-captcha-id')).not.toBe(used);
    expect(await app.page.getByPlaceholder('验证码').inputValue()).toBe('');
  });

  it('says 此帐号还未被审核 for a unit its HR department has not approved', async () => {
    const pending = app.server.logins.find((login) => login.unitStatus === 'pending');
    if (!pending) throw new Error('the demo seed has no pending unit');
    await fillLogIn(app, {
      orgCode: pending.unitCode,
      idNumber: pending.adminIdNumber,
      password: DEMO_PASSWORD,
    });
    await submit();
    await expect.poll(() => loginError().innerText()).toContain('此帐号还未被审核');
    expect(await loginError().innerText()).toContain('同级人社部门');
    await screenshot(app.page, 'login-error');
  });

  it('walks unit registration through the guide three steps with pop-up pickers', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '单位注册' }).click();
    await page.getByText('法人单位注册').waitFor();

    await page.getByLabel('组织机构代码').fill(NEW_UNIT.code);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请上传组织机构代码证或营业执照扫描件').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: samplePng.fileName,
      mimeType: samplePng.mediaType,
      buffer: samplePng.content,
    });
    await page.getByRole('button', { name: '下一步' }).click();

    await fillUnitInfo();
    await screenshot(page, 'registration');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByLabel('身份证号码').fill(NEW_UNIT.idNumber);
    await page.getByLabel('真实姓名').fill('王测试');
    await page.getByLabel('密码', { exact: true }).fill('abc');
    await page.getByText('密码长度须为 8 到 64 位').waitFor();
    await page.getByLabel('密码', { exact: true }).fill(NEW_UNIT.password);
    await page.getByLabel('确认密码').fill(NEW_UNIT.password);
    await page.getByLabel('手机号码').fill('1380000');
    await page.getByText('请输入有效的手机号码').waitFor();
    await page.getByLabel('手机号码').fill('13800001111');
    await page.getByLabel('电子邮箱').fill('wang@example.com');
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.getByRole('button', { name: buttonName('注册') }).click();
    const done = page.getByTestId('registration-done');
    await expect.poll(() => done.innerText()).toContain('您已完成单位注册，请耐心等待所属人社部门审批');
    await screenshot(page, 'registration-done');
  });

  it('stores the registration pending on the server, with its scan and applicant', async () => {
    const { db } = app.server.context;
    const unit = await db
      .selectFrom('units')
      .selectAll()
      .where('code', '=', NEW_UNIT.code)
      .executeTakeFirstOrThrow();
    expect(unit).toMatchObject({
      name: '郑州市测试医院',
      status: 'pending',
      contact_phone: '0371-65550000',
      competent_department: '河南省卫生健康委员会',
    });
    const scan = await db
      .selectFrom('attachments')
      .select(['media_type', 'size', 'file_name'])
      .where('id', '=', unit.scan_attachment_id)
      .executeTakeFirstOrThrow();
    expect(scan).toEqual({
      media_type: 'image/png',
      size: samplePng.content.length,
      file_name: samplePng.fileName,
    });
    const applicant = await db
      .selectFrom('unit_admins')
      .select(['id_number', 'name', 'role', 'email'])
      .where('unit_id', '=', unit.id)
      .executeTakeFirstOrThrow();
    expect(applicant).toEqual({
      id_number: NEW_UNIT.idNumber,
      name: '王测试',
      role: 'admin',
      email: 'wang@example.com',
    });
  });

  it('shows the server refusals on the form: a scan by its content, a unit already registered', async () => {
    const { page } = app;
    await page.getByTestId('registration-done').getByRole('button', { name: '返回登录' }).click();
    await page.getByTestId('login-form').waitFor();
    await page.getByRole('link', { name: '单位注册' }).click();
    await page.getByLabel('组织机构代码').fill(makeSocialCreditCode('12', '410100', 77005678));
    const upload = page.locator('input[type=file]');
    await upload.setInputFiles({
      name: '营业执照.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not a png'),
    });
    await page.getByRole('button', { name: '下一步' }).click();
    await fillUnitInfo();
    await page.getByRole('button', { name: '下一步' }).click();
    await fillApplicant(makeResidentId('410105', '1986-07-02', 23));
    await page.getByRole('button', { name: buttonName('注册') }).click();
    // A text file named .png passes the page's type check; the server tells it by content, on step 1.
    await page.getByText('文件格式不正确，只能上传 JPG、PNG、PDF 文件（按文件内容识别）').waitFor();
    await page.getByRole('button', { name: '上一步' }).waitFor({ state: 'detached' });

    await page.getByLabel('组织机构代码').fill(NEW_UNIT.code);
    await upload.setInputFiles({
      name: samplePng.fileName,
      mimeType: samplePng.mediaType,
      buffer: samplePng.content,
    });
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: buttonName('注册') }).click();
    await page.getByText('该单位代码已注册，请勿重复注册').waitFor();
    await page.getByRole('button', { name: '上一步' }).waitFor({ state: 'detached' });
    const registered = await app.server.context.db
      .selectFrom('units')
      .select('code')
      .where('name', '=', '郑州市测试医院')
      .execute();
    expect(registered).toEqual([{ code: NEW_UNIT.code }]);
    await page.getByRole('button', { name: '返回登录' }).click();
    await page.getByTestId('login-form').waitFor();
  });

  it('lets the new unit log in once approve-unit approved it', async () => {
    const { page } = app;
    const credentials = { orgCode: NEW_UNIT.code, idNumber: NEW_UNIT.idNumber, password: NEW_UNIT.password };
    await fillLogIn(app, credentials);
    await submit();
    await expect.poll(() => loginError().innerText()).toContain('此帐号还未被审核');

    const cli = await run(process.execPath, ['src-server/cli.ts', 'approve-unit', NEW_UNIT.code], {
      env: { ...process.env, HNCE_DATABASE_URL: app.server.databaseUrl, HNCE_QUIET: '1' },
    });
    expect(cli.stdout).toContain('已审核通过：郑州市测试医院');

    await fillLogIn(app, credentials);
    await submit();
    await page.getByTestId('header-unit').filter({ hasText: '郑州市测试医院' }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: buttonName('退出') })
      .click();
    await page.getByTestId('login-form').waitFor();
  });

  it('opens the console on a good log-in', async () => {
    await logIn(app);
    const unit = demoUnit(app.server);
    const menu = await app.page.locator('.ant-layout-sider').innerText();
    for (const label of ['管理员管理', '单位信息管理', '管理人员管理', '组织机构管理'])
      expect(menu).toContain(label);
    expect(await app.page.getByTestId('user-menu').innerText()).toContain('管理员');
    expect(await app.page.getByTestId('header-unit').innerText()).toContain(unit.unitName);
    expect(app.pageErrors).toEqual([]);
  });

  async function fillUnitInfo() {
    const { page } = app;
    await page.getByLabel('单位名称').fill('郑州市测试医院');
    await page.getByLabel('所属区域').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '郑州市' }).first().click();
    await pickCode('同级人社部门', '郑州市人力资源和社会保障局');
    await pickCode('单位性质', '事业单位（差额拨款）');
    await pickCode('行业主管部门', '河南省卫生健康委员会');
    await pickCode('单位隶属关系', '市、地区');
    await pickCode('单位级别', '市直');
    await pickCode('单位所属行业', '卫生和社会工作');
    await page.getByLabel('单位地址').fill('郑州市金水区花园路 1 号');
    await page.getByLabel('联系人').fill('王主任');
    await page.getByLabel('联系电话').fill('0371-65550000');
  }

  async function fillApplicant(idNumber: string) {
    const { page } = app;
    await page.getByLabel('身份证号码').fill(idNumber);
    await page.getByLabel('真实姓名').fill('李重复');
    await page.getByLabel('密码', { exact: true }).fill(NEW_UNIT.password);
    await page.getByLabel('确认密码').fill(NEW_UNIT.password);
    await page.getByLabel('手机号码').fill('13800002222');
    await page.getByLabel('电子邮箱').fill('li@example.com');
  }

  async function pickCode(label: string, option: string) {
    const { page } = app;
    await page.getByLabel(label).click();
    const dialog = page.getByRole('dialog', { name: `选择${label}` });
    await dialog.waitFor();
    await settle(page);
    await dialog.getByRole('option', { name: option }).click();
    await dialog.getByRole('button', { name: buttonName('选定') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
});
