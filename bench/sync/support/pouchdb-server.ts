// A CouchDB-compatible server for the PouchDB peer: express-pouchdb over an in-memory PouchDB holding
// `count` declarations of the big unit, read from the seeded database. Runs in its own process, as
// the sync API does, and prints its port once loaded.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import { syncedTables } from '../../../src-shared/contract/sync.ts';
import { openServerDatabase } from '../../../src-server/db/connect.ts';

const [databaseUrl, unitId, countText] = process.argv.slice(2) as [string, string, string];
const ServerPouch = PouchDB.plugin(memory).defaults({ adapter: 'memory' });
const unit = new ServerPouch('unit');
const database = openServerDatabase(databaseUrl);
const columns = syncedTables.declarations;
const rows = await database.db
  .selectFrom('declarations')
  .select([...columns])
  .where('unit_id', '=', unitId)
  .orderBy('seq')
  .limit(Number(countText))
  .execute();
await database.close();
for (let start = 0; start < rows.length; start += 5_000) {
  const docs = rows.slice(start, start + 5_000).map(({ id, ...row }) => ({ _id: id, ...row }));
  await unit.bulkDocs(docs);
}
const server = createServer(expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
server.listen(0, '127.0.0.1', () =>
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, docs: rows.length })),
);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
