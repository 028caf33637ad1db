import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerContext } from '../../../src-server/context.ts';
import {
  insertDeclaration,
  insertHrAdmin,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
const PDF = new TextEncoder().encode('%PDF-1.4\n% 营业执照扫描件\n%%EOF\n');

async function insertAttachment(
  context: ServerContext,
  content: Uint8Array,
  mediaType: string,
  unitId: string,
) {
  const id = randomUUID();
  await context.db
    .insertInto('attachments')
    .values({
      id,
      unit_id: unitId,
      uploaded_by: 'test',
      file_name: '证明材料',
      media_type: mediaType,
      size: content.length,
      sha256: 'not-checked',
      content,
      created_at: context.now().toISOString(),
    })
    .execute();
  return id;
}

describe.each(testDialects)('attachments on %s', (dialect) => {
  let server: TestServer;
  let proofId: string;
  let scanId: string;
  const tokens: Record<string, string | null> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const { context } = server;
    const unit = await insertUnit(context);
    const other = await insertUnit(context);
    const owner = await insertStaff(context, unit.id);
    proofId = await insertAttachment(context, PNG, 'image/png', unit.id);
    await insertDeclaration(context, owner, {
      attachment_id: proofId,
      attachment_media_type: 'image/png',
      attachment_size: PNG.length,
    });
    scanId = await insertAttachment(context, PDF, 'application/pdf', unit.id);
    await context.db
      .updateTable('units')
      .set({ scan_attachment_id: scanId })
      .where('id', '=', unit.id)
      .execute();

    const admin = await insertUnitAdmin(context, unit.id);
    const sub = await insertUnitAdmin(context, unit.id, { role: 'sub', permissions: '[]' });
    const otherAdmin = await insertUnitAdmin(context, other.id);
    const colleague = await insertStaff(context, unit.id);
    const hr = await insertHrAdmin(context, unit.hr_department_code);
    const unitAdmin = (id: string, unitId: string) => tokenFor(context, { kind: 'unit_admin', id, unitId });
    tokens.admin = await unitAdmin(admin.id, unit.id);
    tokens.sub = await unitAdmin(sub.id, unit.id);
    tokens.otherAdmin = await unitAdmin(otherAdmin.id, other.id);
    tokens.owner = await tokenFor(context, { kind: 'staff', id: owner.id, unitId: unit.id });
    tokens.colleague = await tokenFor(context, { kind: 'staff', id: colleague.id, unitId: unit.id });
    tokens.hr = await tokenFor(context, { kind: 'hr_admin', id: hr.id });
    tokens.anonymous = null;
  });
  afterAll(() => server.close());

  const get = (id: string, token: string | null) =>
    fetch(`${server.baseUrl}/attachments/${id}`, {
      headers: { 'accept-encoding': 'gzip', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('serves a declaration’s proof to the unit’s administrators and its owner, with type and length', async () => {
    for (const who of ['admin', 'sub', 'owner']) {
      const response = await get(proofId, tokens[who]!);
      expect(response.status, who).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-length')).toBe(String(PNG.length));
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    }
  });

  it('serves the unit’s registration scan to its administrators', async () => {
    const response = await get(scanId, tokens.admin!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(PDF.length));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });

  it('answers everyone else as if the attachment did not exist', async () => {
    for (const who of ['otherAdmin', 'colleague', 'hr']) {
      for (const id of [proofId, scanId]) {
        const response = await get(id, tokens[who]!);
        expect(response.status, `${who} ${id}`).toBe(404);
        expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: '附件不存在' } });
      }
    }
    expect((await get(scanId, tokens.owner!)).status).toBe(404);
    expect((await get(randomUUID(), tokens.admin!)).status).toBe(404);
  });

  it('asks anonymous callers to log in', async () => {
    expect((await get(proofId, null)).status).toBe(401);
  });
});
