/**
 * Context rules that veto a cue reading whatever the corpus statistics say: the word is not the
 * modal or verb at all here. Statistics cannot see these because they depend on casing or on
 * the word being a noun.
 */

const MONTH_LEFT = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'from', 'early', 'late', 'mid', 'last', 'next', 'this', 'through', 'during', 'before', 'after', 'on']);
// Words before "will"/"can"/"might" that make them nouns: "the will of", "free will", "military might".
const NOUN_LEFT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'free', 'good', 'ill', 'political', 'popular', 'military', 'economic', 'last', 'this']);

/** Is the cue starting at token `i` (raw token texts, original casing) ruled out by its context? */
export function vetoedByContext(raw: readonly string[], i: number, key: string): boolean {
  const word = raw[i] ?? '';
  const prev = (raw[i - 1] ?? '').toLowerCase();
  const next = raw[i + 1] ?? '';
  if (key === 'may' || key.startsWith('may ')) {
    // "May 5", "in May", "May 2025": the month. A capital "May" inside a sentence is the month too.
    if (word === 'May' && (i > 0 || /^\p{N}/u.test(next))) return true;
    if (word === 'May' && MONTH_LEFT.has(prev)) return true;
    if (word === 'MAY' && /^\p{N}/u.test(next)) return true;
  }
  if (key === 'will' || key === 'can' || key === 'might') {
    if (NOUN_LEFT.has(prev)) return true;
  }
  return false;
}
