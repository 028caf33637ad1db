/** PostgreSQL: unique violation, serialization failure, deadlock. */
const POSTGRES_RETRYABLE = new Set(['23505', '40001', '40P01']);
const SQLITE_RETRYABLE = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_BUSY']);

/**
 * Whether a failed transaction is worth running again: a concurrent transaction won a race (the same
 * mutation pushed twice at once, a key taken meanwhile, a deadlock). The rerun sees the winner's result.
 */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (POSTGRES_RETRYABLE.has(code) || SQLITE_RETRYABLE.has(code));
}
