// Random and malformed requests at every route the app registers (the list comes from the app, so a
// new route is fuzzed without anyone adding it here), as an anonymous caller and as a signed-in user of
// each role: random JSON, wrong types, huge strings, control characters, wrong content types, random
// query strings and path parameters. Never a 5xx; every 4xx carries a Chinese message; a refused
// request writes nothing (the row count of every table and the change sequence stay as they were).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitPermissionCodes } from '../../../src-shared/domain/unit-permissions.ts';
import { buildServer } from '../../../src-server/app.ts';
import { defaultServerConfig, type ServerContext } from '../../../src-server/context.ts';
import { openServerDatabase } from '../../../src-server/db/connect.ts';
import { registeredRoutes, type RegisteredRoute } from '../../../src-server/http/route-list.ts';
import {
  FIXTURE_PASSWORD,
  insertDeclaration,
  insertDepartment,
  insertHrAdmin,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

/** The routes, read from an app built only to list them: test names need them before any server runs. */
async function appRoutes(): Promise<readonly RegisteredRoute[]> {
  const database = openServerDatabase('sqlite::memory:');
  const context = {
    db: database.db,
    dialect: 'sqlite' as const,
    now: () => new Date(),
    config: defaultServerConfig,
  };
  const app = await buildServer({ context });
  await app.ready();
  const routes = [...registeredRoutes(app)];
  await app.close();
  await database.close();
  return routes;
}

const ROUTES = await appRoutes();
const ROLES = [
  'anonymous',
  'staff',
  'unit admin',
  'sub-administrator',
  'powerless sub-administrator',
  'HR',
] as const;
type Role = (typeof ROLES)[number];
/** Cases per route and role; with 6 roles every route gets 60 random requests on each database. */
const RUNS = 10;

/**
 * Tables a refused request may still change, by route: a log-in that fails still uses up its captcha
 * and counts against the throttle, which is the point of both.
 */
const WRITES_WHEN_REFUSED: Record<string, readonly string[]> = {
  'POST /api/v1/auth/login': ['captchas', 'login_failures'],
};

const HUGE = [
  'a'.repeat(100_000),
  '中'.repeat(50_000),
  '𠮷'.repeat(30_000),
  '\u0000\u0001\u001f\u007f'.repeat(5_000),
];
const AWKWARD = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  '9007199254740993',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '\u0000',
  '\ud800',
  '\u202e\ufeff',
  '𠮷䶮㛃',
  FIXTURE_PASSWORD,
  '2026-02-30',
  '41010519900315123X',
];

interface World {
  /** Ids of real rows, so that path parameters and values sometimes name something that exists. */
  ids: string[];
  subjects: Record<
    Exclude<Role, 'anonymous'>,
    { kind: 'staff' | 'unit_admin' | 'hr_admin'; id: string; unitId: string | null }
  >;
}

async function buildWorld(context: ServerContext): Promise<World> {
  const unit = await insertUnit(context);
  const otherUnit = await insertUnit(context);
  const pendingUnit = await insertUnit(context, { status: 'pending', decided_at: null });
  const admin = await insertUnitAdmin(context, unit.id);
  const sub = await insertUnitAdmin(context, unit.id, {
    role: 'sub',
    permissions: JSON.stringify(unitPermissionCodes),
  });
  const powerless = await insertUnitAdmin(context, unit.id, { role: 'sub', permissions: '[]' });
  const department = await insertDepartment(context, unit.id);
  const staff = await insertStaff(context, unit.id, { department_id: department.id });
  const pendingStaff = await insertStaff(context, unit.id, { status: 'pending' });
  const otherStaff = await insertStaff(context, otherUnit.id);
  const declaration = await insertDeclaration(context, staff);
  const otherDeclaration = await insertDeclaration(context, otherStaff);
  const hr = await insertHrAdmin(context, unit.hr_department_code);
  return {
    ids: [
      unit.id,
      otherUnit.id,
      pendingUnit.id,
      admin.id,
      sub.id,
      department.id,
      staff.id,
      pendingStaff.id,
      declaration.id,
      otherDeclaration.id,
      unit.code,
      staff.id_number,
      randomUUID(),
    ],
    subjects: {
      staff: { kind: 'staff', id: staff.id, unitId: unit.id },
      'unit admin': { kind: 'unit_admin', id: admin.id, unitId: unit.id },
      'sub-administrator': { kind: 'unit_admin', id: sub.id, unitId: unit.id },
      'powerless sub-administrator': { kind: 'unit_admin', id: powerless.id, unitId: unit.id },
      HR: { kind: 'hr_admin', id: hr.id, unitId: null },
    },
  };
}

/** Values of any kind, mostly short, sometimes awkward or huge. */
function textArbitrary(world: World) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
    { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
    { weight: 3, arbitrary: fc.constantFrom(...world.ids) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  );
}

function valueArbitrary(world: World) {
  const text = textArbitrary(world);
  const key = fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'id', 'items', 'cursor', 'limit', 'password', 'year', 'name'),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(key, tie('value'), { maxKeys: 6 }),
    ),
  }));
  return value;
}

interface FuzzRequest {
  path: string;
  query: [string, string][];
  body:
    | { kind: 'none' }
    | { kind: 'json'; value: unknown }
    | { kind: 'text'; contentType: string; text: string }
    | { kind: 'form'; fields: [string, string][]; file: Uint8Array | null };
}

function requestArbitrary(route: RegisteredRoute, world: World): fc.Arbitrary<FuzzRequest> {
  const text = textArbitrary(world);
  const segment = fc.oneof(
    { weight: 6, arbitrary: text.map((value) => encodeURIComponent(value.toWellFormed())) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E4%B8', '..', '.', '%2F', '%00') },
  );
  const params = route.url.match(/:\w+/g) ?? [];
  const path = fc
    .tuple(...params.map(() => segment))
    .map((values) => params.reduce((url, param, i) => url.replace(param, values[i]!), route.url));
  const queryKey = fc.oneof(
    fc.string(),
    fc.constantFrom('page', 'pageSize', 'year', 'status', 'code', 'q', 'unitId', 'regionCode', 'keyword'),
  );
  const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/octet-stream',
    'application/xml',
    'multipart/form-data',
    'multipart/form-data; boundary=----fuzz',
  );
  const value = valueArbitrary(world);
  const body = fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 6, arbitrary: value.map((v) => ({ kind: 'json' as const, value: v })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          contentType,
          fc.oneof(
            text,
            value.map((v) => JSON.stringify(v) ?? ''),
          ),
        )
        .map(([type, t]) => ({ kind: 'text' as const, contentType: type, text: t })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          fields: fc.array(
            fc.tuple(fc.oneof(fc.constantFrom('data', 'attachment', 'scan'), fc.string()), text),
            {
              maxLength: 4,
            },
          ),
          file: fc.option(fc.uint8Array({ maxLength: 2_000 })),
        })
        .map((form) => ({ kind: 'form' as const, ...form })),
    },
  );
  return fc.record({
    path,
    query: fc.array(fc.tuple(queryKey, text), { maxLength: 4 }),
    body: route.method === 'GET' || route.method === 'HEAD' ? fc.constant({ kind: 'none' as const }) : body,
  });
}

const URL_WITHOUT_BODY = 12 * 1024;

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(
  server: TestServer,
  route: RegisteredRoute,
  request: FuzzRequest,
  token: string | null,
): Promise<Answer> {
  const origin = new URL(server.baseUrl).origin;
  const query = new URLSearchParams(request.query).toString();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const init: RequestInit = { method: route.method, headers };
  // Past Node's 16 KiB header limit (a huge path parameter or query) the server answers 431 and closes
  // the connection without reading a body, and fetch, still writing one, would fail with ECONNRESET or
  // EPIPE instead of reporting the answer.
  const urlLength = request.path.length + query.length;
  const { body } = urlLength > URL_WITHOUT_BODY ? { body: { kind: 'none' as const } } : request;
  if (body.kind === 'json') {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body.value) ?? 'undefined';
  } else if (body.kind === 'text') {
    headers['content-type'] = body.contentType;
    init.body = body.text;
  } else if (body.kind === 'form') {
    const form = new FormData();
    for (const [name, value] of body.fields) form.append(name, value);
    if (body.file) form.append('attachment', new Blob([Uint8Array.from(body.file)]), 'file.pdf');
    init.body = form;
  }
  const response = await fetch(`${origin}${request.path}${query ? `?${query}` : ''}`, init);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

describe.each(testDialects)('every route on %s, with random and malformed requests', (dialect) => {
  let server: TestServer;
  let world: World;
  let tables: string[];

  beforeAll(async () => {
    server = await startTestServer(dialect);
    world = await buildWorld(server.context);
    tables = await tableNames(server);
  });
  afterAll(() => server.close());

  async function tableNames(running: TestServer): Promise<string[]> {
    const query =
      running.dialect === 'sqlite'
        ? sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
        : sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`;
    const { rows } = await query.execute(running.context.db);
    return rows.map((row) => row.name).sort();
  }

  /** The row count of every table, and the last change sequence number (any synced update moves it). */
  async function snapshot(): Promise<Record<string, number>> {
    const counts = tables.map(
      (table) => sql`select ${table} as name, count(*) as n from ${sql.table(table)}`,
    );
    const { rows } = await sql<{
      name: string;
      n: number | string;
    }>`${sql.join(counts, sql` union all `)}`.execute(server.context.db);
    const state = await server.context.db
      .selectFrom('sync_state')
      .select('last_seq')
      .executeTakeFirstOrThrow();
    return { ...Object.fromEntries(rows.map((row) => [row.name, Number(row.n)])), last_seq: state.last_seq };
  }

  it('knows the routes of the whole API', () => {
    const paths = new Set(ROUTES.map((route) => route.url));
    for (const path of [
      '/api/v1/sync/pull',
      '/api/v1/sync/push',
      '/api/v1/auth/login',
      '/api/v1/me/declarations',
    ]) {
      expect(paths).toContain(path);
    }
    expect(ROUTES.length).toBeGreaterThan(30);
  });

  describe.each(ROUTES)('$method $url', (route) => {
    const exempt = new Set(WRITES_WHEN_REFUSED[`${route.method} ${route.url}`] ?? []);

    it.each(ROLES)('as %s: never 5xx, Chinese 4xx, a refusal writes nothing', async (role: Role) => {
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route, world), async (request) => {
          // A fresh session each time: a random request may well log its caller out.
          const token = role === 'anonymous' ? null : await tokenFor(server.context, world.subjects[role]);
          const before = await snapshot();
          const answer = await send(server, route, request, token);
          const described = `${route.method} ${request.path.slice(0, 200)} → ${answer.status} ${answer.text.slice(0, 300)}`;
          expect(answer.status, described).toBeLessThan(500);
          outcomes.add(String(answer.status));
          if (answer.status < 400) return;
          if (route.method !== 'HEAD') {
            expect(answer.contentType, described).toMatch(/^application\/json/);
            const body = JSON.parse(answer.text) as { error?: { code: string; message: string } };
            expect(body.error?.message ?? answer.text, described).toMatch(/\p{Script=Han}/u);
          }
          const after = await snapshot();
          for (const table of exempt) {
            delete after[table];
            delete before[table];
          }
          expect(after, described).toEqual(before);
        }),
        { numRuns: RUNS },
      );
      expect(outcomes.size).toBeGreaterThan(0);
    });
  });

  it('refuses a body over the size limit on every route that takes one, in Chinese, writing nothing', async () => {
    const token = await tokenFor(server.context, world.subjects['unit admin']);
    const oversized = JSON.stringify({ data: 'x'.repeat(5 * 1024 * 1024) });
    for (const route of ROUTES.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')) {
      const before = await snapshot();
      const path = route.url.replace(/:\w+/g, world.ids[0]!);
      const answer = await send(
        server,
        route,
        { path, query: [], body: { kind: 'text', contentType: 'application/json', text: oversized } },
        token,
      );
      expect(answer.status, `${route.method} ${route.url}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${route.method} ${route.url}`).toBeLessThan(500);
      expect(JSON.parse(answer.text).error.message).toMatch(/\p{Script=Han}/u);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('answers unknown paths 404 in Chinese', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        async (tail, method) => {
          const path = `/api/v1/no-such-route/${encodeURIComponent(tail)}`;
          const answer = await send(
            server,
            { method, url: path },
            { path, query: [], body: { kind: 'none' } },
            null,
          );
          expect(answer.status).toBe(404);
          expect(JSON.parse(answer.text).error.message).toMatch(/\p{Script=Han}/u);
        },
      ),
      { numRuns: 20 },
    );
  });
});
