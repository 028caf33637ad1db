import { HttpError } from '../http/http-error.ts';
import type { ServerContext } from '../context.ts';

/**
 * Guessing passwords is slowed per account (so one account can't be brute-forced from many addresses)
 * and per address (so one machine can't spray many accounts). An office behind one NAT shares an
 * address, hence the higher address limit.
 */
const LIMITS = { account: 5, address: 20 } as const;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;

export interface ThrottleKeys {
  account: string;
  address: string;
}

/** `account` should already be normalised (e.g. upper-case ID numbers) so variants share a counter. */
export function throttleKeys(account: string, address: string): ThrottleKeys {
  return { account: `account:${account}`, address: `address:${address}` };
}

/** Refuses the attempt while the account or the address is locked, saying how long to wait. */
export async function assertNotLocked(context: ServerContext, keys: ThrottleKeys): Promise<void> {
  const now = context.now();
  const lock = await context.db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('key', 'in', [keys.account, keys.address])
    .where('locked_until', '>', now.toISOString())
    .executeTakeFirst();
  if (!lock?.until) return;
  const minutes = Math.max(1, Math.ceil((Date.parse(lock.until) - now.getTime()) / 60_000));
  throw new HttpError(429, 'TOO_MANY_ATTEMPTS', `登录失败次数过多，请${minutes}分钟后再试`);
}

/** Counts a failed attempt against the given keys; reaching a key's limit locks it. */
export async function recordFailure(
  context: ServerContext,
  keys: ThrottleKeys,
  which: readonly (keyof ThrottleKeys)[] = ['account', 'address'],
): Promise<void> {
  for (const kind of which) await countFailure(context, keys[kind], LIMITS[kind]);
}

async function countFailure(context: ServerContext, key: string, limit: number): Promise<void> {
  const now = context.now();
  const windowStart = new Date(now.getTime() - WINDOW_MS).toISOString();
  // One upsert, so that concurrent failures each count (a read-then-write would lose some).
  const { failures } = await context.db
    .insertInto('login_failures')
    .values({ key, failures: 1, window_started_at: now.toISOString(), locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const windowOver = eb('login_failures.window_started_at', '<=', windowStart);
        return {
          failures: eb
            .case()
            .when(windowOver)
            .then(eb.lit(1))
            .else(eb('login_failures.failures', '+', 1))
            .end(),
          window_started_at: eb
            .case()
            .when(windowOver)
            .then(now.toISOString())
            .else(eb.ref('login_failures.window_started_at'))
            .end(),
        };
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  if (failures < limit) return;
  await context.db
    .updateTable('login_failures')
    .set({ locked_until: new Date(now.getTime() + LOCK_MS).toISOString() })
    .where('key', '=', key)
    .execute();
}

/** A successful log-in proves the password is known: earlier typos no longer count. */
export async function clearAccountFailures(context: ServerContext, keys: ThrottleKeys): Promise<void> {
  await context.db.deleteFrom('login_failures').where('key', '=', keys.account).execute();
}
