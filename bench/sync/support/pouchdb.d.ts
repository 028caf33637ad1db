/** The parts of PouchDB and express-pouchdb the peer benchmark uses (the packages ship no types). */
declare module 'pouchdb-core' {
  export interface ReplicationResult {
    ok: boolean;
    docs_written: number;
  }

  export interface Database {
    bulkDocs(docs: Record<string, unknown>[]): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    replicate: {
      from(
        source: string,
        options?: { batch_size?: number; batches_limit?: number },
      ): Promise<ReplicationResult>;
    };
    destroy(): Promise<void>;
  }

  export interface PouchDBStatic {
    new (name: string, options?: { adapter?: string }): Database;
    plugin(plugin: unknown): PouchDBStatic;
    defaults(options: { adapter?: string }): PouchDBStatic;
  }

  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  import type { PouchDBStatic } from 'pouchdb-core';

  export default function expressPouchdb(
    PouchDB: PouchDBStatic,
    options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB'; logPath?: string; inMemoryConfig?: boolean },
  ): RequestListener;
}
