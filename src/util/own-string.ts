/**
 * A copy of `s` that keeps no larger string alive. V8 represents a `slice` of 13 or more
 * characters as a view into its parent, so a long-lived cache keyed by words sliced from
 * documents would keep whole documents (and, in a stream, thousands of them) in memory. Shorter
 * slices are copied by V8 already. The concatenation is flattened on the slice, leaving a parent
 * one character longer than `s`.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
