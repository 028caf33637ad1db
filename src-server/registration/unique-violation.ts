/**
 * Whether a database error is a unique-index violation. The application checks for duplicates first;
 * this catches the race where two identical registrations arrive at once, so the loser gets a 409
 * rather than a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
