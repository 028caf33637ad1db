import type { CeType } from '../../src-shared/domain/ce-types.ts';
import type { HourRequirement } from '../../src-shared/domain/hours.ts';
import type { RouteModule } from './route-module.ts';

/** The reference data as stored (and synced), for registration forms and the staff portal. */
export const dictionaryRoutes: RouteModule = (app, { db }) => {
  app.get('/dictionaries', async () => {
    const [entries, types, requirements] = await Promise.all([
      db.selectFrom('dictionary_entries').selectAll().orderBy('dictionary').orderBy('sort_order').execute(),
      db.selectFrom('ce_types').select(['definition']).orderBy('sort_order').execute(),
      db.selectFrom('hour_requirements').selectAll().orderBy('year').execute(),
    ]);
    const dictionaries: Record<string, { code: string; label: string; parent?: string }[]> = {};
    for (const { dictionary, code, label, parent_code } of entries) {
      (dictionaries[dictionary] ??= []).push(
        parent_code ? { code, label, parent: parent_code } : { code, label },
      );
    }
    const ceTypes = types.map((row) => JSON.parse(row.definition) as CeType);
    const hourRequirements: HourRequirement[] = requirements.map((row) => ({
      year: row.year,
      totalHours: row.total_hours,
      publicMinHours: row.public_min_hours,
      professionalMinHours: row.professional_min_hours,
    }));
    return { dictionaries, ceTypes, hourRequirements };
  });
};
