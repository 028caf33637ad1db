import type { SyncedTable } from '../../../src-shared/contract/sync.ts';

/** The primary key of each mirrored table, as the server keys it. */
export const tableKeys: Readonly<Record<SyncedTable, readonly string[]>> = {
  dictionary_entries: ['dictionary', 'code'],
  ce_types: ['code'],
  hour_requirements: ['year'],
  units: ['id'],
  unit_admins: ['id'],
  departments: ['id'],
  staff: ['id'],
  declarations: ['id'],
  certificates: ['id'],
};
