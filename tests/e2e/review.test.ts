import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buttonName,
  demoUnit,
  logIn,
  openScreen,
  screenshot,
  startE2eApp,
  type E2eApp,
} from '../support/e2e-app.ts';
import type { SyncState } from '../../src-shared/contract/index.ts';
import { chromiumAvailable } from '../support/outside.ts';

/**
 * Asks for a sync with the status bar's button and waits until no decision waits to be sent. (The
 * shared syncNow helper waits for the 上次同步 time to change, which it does not when two syncs end
 * within the same second: the core also syncs by itself right after each decision.)
 */
async function syncAll(app: E2eApp): Promise<void> {
  await app.page.getByTestId('sync-now').click();
  const settled = async () => {
    const answer = await app.core.call('syncState', undefined);
    const state = answer.ok ? (answer.value as SyncState | null) : null;
    return state !== null && state.status !== 'syncing' && state.waiting === 0;
  };
  await expect.poll(settled, { timeout: 60_000 }).toBe(true);
}

describe.runIf(chromiumAvailable())('审核注册账号 in headless Chromium', () => {
  let app: E2eApp;
  let pending: { id: string; name: string }[];

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.setDefaultTimeout(15_000);
    vi.setConfig({ expect: { poll: { timeout: 10_000 } } });
    const unit = await app.server.context.db
      .selectFrom('units')
      .select('id')
      .where('code', '=', demoUnit(app.server).unitCode)
      .executeTakeFirstOrThrow();
    pending = await app.server.context.db
      .selectFrom('staff')
      .select(['id', 'name'])
      .where('unit_id', '=', unit.id)
      .where('status', '=', 'pending')
      .orderBy('registered_at')
      .execute();
    expect(pending.length).toBeGreaterThanOrEqual(3);
  });

  afterAll(async () => {
    await app?.close();
  });

  const table = () => app.page.getByTestId('registrations-table');
  const rowOf = (name: string) => table().locator('tr.ant-table-row').filter({ hasText: name });

  it('lists the pending registrations with the applicant details', async () => {
    await logIn(app);
    await openScreen(app.page, '审核注册账号');
    for (const person of pending) await rowOf(person.name).waitFor();
    await rowOf(pending[0]!.name).click();
    const drawer = app.page.getByTestId('registration-drawer');
    await expect.poll(() => drawer.getByTestId('staff-profile').innerText()).toContain(pending[0]!.name);
    expect(await drawer.getByTestId('staff-profile').innerText()).toContain('待审核');
    await app.page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(app.page, 'registrations');
    await app.page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('approves two registrations at once', async () => {
    const [first, second] = pending;
    await rowOf(first!.name).locator('.ant-checkbox-input').check();
    await rowOf(second!.name).locator('.ant-checkbox-input').check();
    await app.page.getByTestId('approve-selected').click();
    await app.page
      .getByRole('dialog')
      .getByRole('button', { name: buttonName('审核通过') })
      .click();
    await rowOf(first!.name).waitFor({ state: 'detached' });
    await rowOf(second!.name).waitFor({ state: 'detached' });
  });

  it('rejects a registration with a reason', async () => {
    const third = pending[2]!;
    await rowOf(third.name)
      .getByRole('button', { name: buttonName('驳回') })
      .click();
    const dialog = app.page.getByRole('dialog', { name: '驳回注册申请' });
    await dialog.getByText('非本单位人员').click();
    await dialog.getByRole('button', { name: buttonName('确定驳回') }).click();
    await rowOf(third.name).waitFor({ state: 'detached' });
  });

  it('sends the decisions with the next sync', async () => {
    await syncAll(app);
    const rows = await app.server.context.db
      .selectFrom('staff')
      .select(['id', 'status', 'reject_reason'])
      .where(
        'id',
        'in',
        pending.slice(0, 3).map((person) => person.id),
      )
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(pending[0]!.id)?.status).toBe('approved');
    expect(byId.get(pending[1]!.id)?.status).toBe('approved');
    expect(byId.get(pending[2]!.id)).toMatchObject({ status: 'rejected', reject_reason: '非本单位人员' });
    expect(app.pageErrors).toEqual([]);
  });
});
