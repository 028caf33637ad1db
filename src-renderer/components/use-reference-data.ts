/*
 * useReferenceData: the code lists, CE catalogue and yearly requirements the server served, as the
 * cache holds them. Screens label codes and offer choices from it, never from built-in copies.
 *
 *   const reference = useReferenceData();
 *   codeLabel(reference, 'industries', unit.industryCode);        // '卫生和社会工作'
 *   dictionaryEntries(reference, 'unitNatures');                  // for a CodePicker
 */
import type { ReferenceData } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import type { PickerEntry } from './CodePicker.tsx';
import { useCoreData } from './use-core-data.ts';

export function useReferenceData(): ReferenceData | undefined {
  return useCoreData(() => api.referenceData(), 'reference').data;
}

/** The label of a dictionary code, or the code itself when the dictionary lacks it. */
export function codeLabel(reference: ReferenceData | undefined, dictionary: string, code: string): string {
  return reference?.dictionaries[dictionary]?.find((entry) => entry.code === code)?.label ?? code;
}

export function dictionaryEntries(reference: ReferenceData | undefined, dictionary: string): PickerEntry[] {
  return reference?.dictionaries[dictionary] ?? [];
}
