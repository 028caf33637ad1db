import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, type BrowserShell } from '../../../src-main/web/browser-shell.ts';
import { logInOk, seedUnitAccount, startDesk, type Desk, type UnitAccount } from './support/desk.ts';

let desk: Desk;
let shell: BrowserShell;
let account: UnitAccount;

beforeAll(async () => {
  desk = await startDesk();
  account = await seedUnitAccount(desk.server);
  shell = await startBrowserShell({ core: desk.core, rendererDir: desk.dir.path });
});

afterAll(async () => {
  await shell.close();
  await desk.close();
});

/** Reads Server-Sent Events until `done` says enough. */
async function readEvents(response: Response, done: (events: { name: string; data: unknown }[]) => boolean) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { name: string; data: unknown }[] = [];
  let buffer = '';
  while (!done(events)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    buffer += value;
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop()!;
    for (const block of blocks) {
      const name = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (name && data) events.push({ name, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe('core events in the browser shell', () => {
  it('refuses the stream without the token', async () => {
    const response = await fetch(`${shell.origin}/api/events?token=wrong`);
    expect(response.status).toBe(401);
  });

  it('streams sync states as the account opens, syncs and closes', async () => {
    const response = await fetch(`${shell.origin}/api/events?token=${shell.token}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readEvents(response, (events) => events.some((event) => event.data === null));

    await logInOk(desk, account);
    await desk.call('syncNow');
    await desk.call('sessionLogOut');
    const events = await reading;

    expect(events.every((event) => event.name === 'syncState')).toBe(true);
    expect(events.map((event) => (event.data as { status?: string } | null)?.status)).toEqual(
      expect.arrayContaining(['syncing', 'online']),
    );
    expect(events.at(-1)!.data).toBeNull();
    expect(events.find((event) => event.data !== null)!.data).toMatchObject({
      waiting: 0,
      needsLogIn: false,
    });
  });
});
