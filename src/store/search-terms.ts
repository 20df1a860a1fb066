/**
 * The words of a free-text search, letters and digits only: every backend builds its own query
 * from these, so user input can never be query syntax (FTS5 operators, tsquery operators).
 */
export function searchTerms(q: string): string[] {
  return q.match(/[\p{L}\p{N}]+/gu) ?? [];
}
