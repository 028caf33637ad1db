import { dictionaries, type DictionaryName } from '../../../src-shared/domain/code-lists.ts';
import type { PickerEntry } from '../../components/CodePicker.tsx';

/**
 * A code list for the registration form. Before log-in there is no cache to read the server's
 * dictionaries from, so the form uses the shared lists the server itself checks against. A parent
 * code counts only within the same list (隶属关系 61–63 under 60).
 */
export function entriesOf(name: DictionaryName): PickerEntry[] {
  const entries = dictionaries[name];
  const codes = new Set(entries.map((entry) => entry.code));
  return entries.map((entry) => {
    const parent = 'parent' in entry ? entry.parent : undefined;
    return { code: entry.code, label: entry.label, parentCode: parent && codes.has(parent) ? parent : null };
  });
}

/** 同级人社部门 of one region: the HR department that approves the unit. */
export function hrDepartmentsOf(regionCode: string | undefined): PickerEntry[] {
  return dictionaries.hrDepartments
    .filter((entry) => !regionCode || entry.parent === regionCode)
    .map((entry) => ({ code: entry.code, label: entry.label }));
}
