import { allocateSeq } from '../../../../src-server/db/sequence.ts';
import { FIXTURE_PASSWORD, tokenFor } from '../../../support/server-fixtures.ts';
import type { RestartableServer } from './sync-server.ts';

/** Changes made on the server by people other than the client's administrator. */

async function post(server: RestartableServer, path: string, body: unknown, token?: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

/** 撤回申请 through the registration endpoint, as the applicant does. */
export function withdrawRegistration(server: RestartableServer, idNumber: string): Promise<number> {
  return post(server, '/registrations/staff/withdraw', { idNumber, password: FIXTURE_PASSWORD });
}

/** The owner withdraws a pending declaration through the staff portal. */
export async function withdrawDeclaration(server: RestartableServer, staffId: string, declarationId: string) {
  const token = await tokenFor(server.context(), { kind: 'staff', id: staffId });
  return post(server, `/me/declarations/${declarationId}/withdraw`, {}, token);
}

/** Someone edits a declaration straight in the database, with a new version and seq. */
export async function editDeclaration(server: RestartableServer, declarationId: string, title: string) {
  await server
    .context()
    .db.transaction()
    .execute(async (trx) => {
      const seq = await allocateSeq(trx);
      await trx
        .updateTable('declarations')
        .set((eb) => ({ title, version: eb('version', '+', 1), seq }))
        .where('id', '=', declarationId)
        .execute();
    });
}
