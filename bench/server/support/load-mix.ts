import { randomUUID } from 'node:crypto';
import type { AutocannonRequest, RequestStep } from 'autocannon';
import { DEMO_PASSWORD } from '../../../src-server/seed/run-seed.ts';
import type { BenchUnit } from './bench-unit.ts';

export interface LoadMixInput {
  unit: BenchUnit;
  token: string;
  /** Cursors of real pages of the unit's feed; each catch-up page starts at one of them. */
  cursors: readonly (string | null)[];
  /** Where the feed ends: polls start here and follow the changes the pushes make. */
  head: string | null;
  /** Pending declarations to approve, a few per push; reused from the start when used up. */
  pending: readonly { id: string; version: number }[];
}

/**
 * Of every 100 requests: a log-in (its captcha, then the log-in), 10 small pushes, 45 polls (pulls from
 * the head of the feed: what a synced client sends every few minutes) and 44 catch-up pages of
 * PULL_LIMIT rows from anywhere in the feed (a client that was offline, or its first sync).
 */
export const MIX: readonly (readonly [Action, number])[] = [
  ['login', 1],
  ['push', 10],
  ['poll', 45],
  ['page', 44],
];
export const PULL_LIMIT = 500;
export const ITEMS_PER_PUSH = 3;

type Action = 'login' | 'push' | 'poll' | 'page';

/** The actions in MIX's proportions, interleaved over every 100 turns. */
function actionDeck(): Action[] {
  const deck = MIX.flatMap(([action, count]) => Array<Action>(count).fill(action));
  return deck.map((_, i) => deck[(i * 37) % deck.length]!);
}

/**
 * The load test's request mix as an autocannon sequence of two steps per connection: the first step
 * is a pull, a small push or the captcha of a log-in; the second completes the log-in with the
 * captcha's answer, or is another pull or push. Both steps draw from one deck in MIX's proportions.
 */
export function loadMix({ unit, token, cursors, head, pending }: LoadMixInput): RequestStep[] {
  const deck = actionDeck();
  let turn = 0;
  let nextPending = 0;
  let pollFrom = head;
  let deferredLogins = 0;
  const nextAction = (): Action => deck[turn++ % deck.length]!;
  /** A log-in can only start in the first step (its captcha), so the second step defers them. */
  const firstStepAction = (): Action => {
    if (deferredLogins === 0) return nextAction();
    deferredLogins -= 1;
    return 'login';
  };
  const secondStepAction = (): Action => {
    let action = nextAction();
    for (; action === 'login'; action = nextAction()) deferredLogins += 1;
    return action;
  };
  const authorized = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const page = (): AutocannonRequest => ({
    method: 'POST',
    path: '/api/v1/sync/pull',
    headers: { ...authorized, 'accept-encoding': 'gzip' },
    body: JSON.stringify({ cursor: cursors[Math.floor(Math.random() * cursors.length)], limit: PULL_LIMIT }),
  });
  // Uncompressed, so that the answer's cursor can be read and the next poll follows the feed.
  const poll = (): AutocannonRequest => ({
    method: 'POST',
    path: '/api/v1/sync/pull',
    headers: authorized,
    body: JSON.stringify({ cursor: pollFrom, limit: PULL_LIMIT }),
  });
  const followFeed = (status: number, body: string, context: Record<string, unknown>) => {
    if (context['polling'] && status === 200) pollFrom = (JSON.parse(body) as { cursor: string }).cursor;
  };
  const push = (): AutocannonRequest => {
    const items = Array.from({ length: ITEMS_PER_PUSH }, () => pending[nextPending++ % pending.length]!);
    const mutation = {
      mutationId: 1,
      name: 'declarations.approve',
      args: { items: items.map((row) => ({ declarationId: row.id, version: row.version })) },
    };
    const body = JSON.stringify({ clientId: randomUUID(), mutations: [mutation] });
    return { method: 'POST', path: '/api/v1/sync/push', headers: authorized, body };
  };
  const captcha = (): AutocannonRequest => ({ method: 'GET', path: '/bench/captcha', headers: {} });
  const login = (answer: { captchaId: string; text: string }): AutocannonRequest => ({
    method: 'POST',
    path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      userType: 'unit',
      orgCode: unit.code,
      account: unit.adminIdNumber,
      password: DEMO_PASSWORD,
      captchaId: answer.captchaId,
      captchaText: answer.text,
    }),
  });
  const request = (action: Action, context: Record<string, unknown>): AutocannonRequest => {
    context['polling'] = action === 'poll';
    context['loggingIn'] = action === 'login';
    return { login: captcha, push, poll, page }[action]();
  };
  return [
    {
      setupRequest: (_request, context) => request(firstStepAction(), context),
      onResponse: (status, body, context) => {
        if (context['loggingIn'] && status === 200) context['captcha'] = JSON.parse(body);
        else followFeed(status, body, context);
      },
    },
    {
      setupRequest: (_request, context) => {
        const answer = context['captcha'] as { captchaId: string; text: string } | undefined;
        return answer ? login(answer) : request(secondStepAction(), context);
      },
      onResponse: followFeed,
    },
  ];
}
