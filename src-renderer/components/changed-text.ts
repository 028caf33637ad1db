/*
 * changedText: the text fields of a form whose trimmed value differs from what is saved. Only these are
 * sent, so that a field the officer did not touch is not overwritten by a stale copy.
 *
 *   changedText(profile, values, ['phone', 'email'])   // { email: 'new@example.com' }
 */
export function changedText<Field extends string>(
  saved: Readonly<Record<Field, string>>,
  values: Readonly<Record<Field, string>>,
  fields: readonly Field[],
): Partial<Record<Field, string>> {
  const changes: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const value = values[field].trim();
    if (value !== saved[field]) changes[field] = value;
  }
  return changes;
}
