import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The trigram tokenizer indexes runs of three characters: shorter text can't be matched by it. */
const TRIGRAM = 3;
const ID_NUMBER_TEXT = /^[0-9xX]+$/;

/**
 * Whether the `staff` row matches a fragment of a name or ID number, case-insensitively. Lengths
 * count Unicode characters, not UTF-16 units: 𠮷 is one character (two units), like SQLite sees it.
 * Shorter fragments fall back to LIKE over the staff name index, which holds both columns.
 */
export function staffMatches(text: string): RawBuilder<SqlBool> {
  if ([...text].length >= TRIGRAM) {
    const phrase = `"${text.replaceAll('"', '""')}"`;
    return sql<SqlBool>`staff.rowid in (select rowid from staff_search where staff_search match ${phrase})`;
  }
  const pattern = `%${text.replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
  // An ID number holds only digits and X, a name none of them: only one column can match.
  return ID_NUMBER_TEXT.test(text)
    ? sql<SqlBool>`staff.id_number like ${pattern} escape '\\'`
    : sql<SqlBool>`staff.name like ${pattern} escape '\\'`;
}
