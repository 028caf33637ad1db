/**
 * Control characters (NUL above all, which PostgreSQL text cannot hold) never belong in a form value;
 * refusing them keeps both databases storing the same thing.
 */
export function hasControlCharacters(text: string): boolean {
  return /[\p{Cc}]/u.test(text.replace(/[\t\n\r]/g, ''));
}

/** Our row ids are UUIDs; anything outside this shape is unknown without asking the database. */
export function isRowId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
