/**
 * The noun phrase that names who is speaking, found around a cue verb from token words alone
 * (no tagger): "A former senior defense official", "he", "Thompson, who serves on …".
 * Indices are positions in one sentence's word list; results are inclusive token ranges.
 */
export interface TokenRange {
  first: number;
  last: number;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'this', 'these', 'those', 'some', 'many', 'several', 'most', 'both', 'all', 'few',
  'one', 'two', 'three', 'four', 'five', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'other', 'each', 'every',
]);
/** Auxiliaries and adverbs that may sit between a subject and its cue ("has also said"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'would', 'will', 'could', 'might', 'may', 'can',
  'should', 'did', 'does', 'do', 'also', 'previously', 'later', 'then', 'recently', 'reportedly', 'publicly', 'repeatedly',
  'once', 'again', 'further', 'never', 'often', 'frequently', 'already', 'still', 'just', 'even', 'initially', 'first',
  'privately', 'openly', 'separately', 'subsequently', 'earlier', 'today', 'yesterday', 'not', 'n’t', "n't", 'always',
  'flatly', 'explicitly', 'specifically', 'simply', 'actually', 'quickly', 'bluntly', 'loudly', 'emphatically', 'clearly',
  'angrily', 'sharply', 'famously', 'notably', 'ultimately', 'had', 'reportedly', 'allegedly', 'apparently', 'now', 'since',
  'twice', 'thrice', 'correctly', 'falsely', 'wrongly', 'rightly', 'proudly', 'jokingly', 'tweeted', 'recently', 'finally', 'immediately',
]);
/** Words that open a quantity subject ("nearly half", "about 4 in 10"). */
const QUANTIFIERS = new Set(['nearly', 'almost', 'roughly', 'about', 'around', 'approximately', 'only', 'just', 'over']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words that end a subject phrase when walking left: clause openers, prepositions that start adverbials. */
const STOP = new Set([
  'that', 'which', 'and', 'but', 'or', 'because', 'while', 'when', 'as', 'if', 'so', 'although', 'though', 'after',
  'before', 'since', 'where', 'whether', 'than', 'to', 'by', 'with', 'on', 'into', 'about', 'over', 'under', 'during',
  'what', 'how', 'why', 'whom', 'whose', 'there', 'here', 'not', 'also', 'then', 'however', 'yet', 'instead', 'until',
  'unless', 'once', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'would', 'will', 'could', 'can',
  'did', 'do', 'does', 'should', 'may', 'might', 'must', 'meanwhile', 'moreover', 'nevertheless', 'additionally',
  'similarly', 'consequently', 'furthermore', 'thus', 'hence', 'indeed', 'still', 'even', 'just', 'only', 'said', 'says',
  'told', 'according', 'him', 'them', 'me', 'us', 'it', 'against', 'among', 'between', 'without', 'through', 'like',
  'in', 'at', 'for', 'from', 'up', 'out', 'off', 'down', 'again', 'too', 'very', 'really', 'now', 'later', 'earlier',
  'previously', 'recently', 'then', 'today', 'yesterday', 'tonight', 'last', 'next', 'this',
]);
/** Prepositions allowed inside a subject when a noun stands on both sides ("officials at the Pentagon"). */
const INNER_PREPS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on']);

const NOT_ADVERBS = new Set(['family', 'ally', 'rally', 'daily', 'supply', 'assembly', 'reply', 'july', 'italy', 'early', 'likely', 'only', 'holly', 'kelly', 'sally', 'billy', 'emily', 'molly', 'weekly', 'monthly', 'quarterly', 'anomaly', 'monopoly', 'elderly']);
/** Lower-case -ly words are manner adverbs ("basically said"), a handful of nouns aside. */
export const isAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && /^\p{Ll}+$/u.test(w) && !NOT_ADVERBS.has(w);
export const isWord = (w: string): boolean => /^[\p{L}\p{N}]/u.test(w);
export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isPossessive = (w: string): boolean => /^['’]s$/.test(w) || w === '’' || w === "'";

/** Skip auxiliaries, adverbs and "on Monday" leftwards from k; returns the new k. */
export function skipBetween(lower: readonly string[], k: number, lowest: number): number {
  while (k >= lowest) {
    const w = lower[k]!;
    if (BETWEEN.has(w) && !(w === 'first' && k > lowest && DETERMINERS.has(lower[k - 1]!))) k--;
    else if (isAdverb(w)) k--;
    else if (WEEKDAYS.has(w) && lower[k - 1] === 'on') k -= 2;
    else if (WEEKDAYS.has(w)) k--;
    else break;
  }
  return k;
}

/** Collect a noun phrase that ends at token k, walking left; null when k is not inside one. */
export function phraseEndingAt(words: readonly string[], lower: readonly string[], k: number, lowest: number): TokenRange | null {
  if (k < lowest) return null;
  // "Gov. John Kasich (R-OH) said": a short parenthesis belongs to the name before it
  if (words[k] === ')') {
    let open = k - 1;
    while (open > lowest && k - open < 8 && words[open] !== '(') open--;
    if (words[open] === '(' && open - 1 >= lowest) {
      const inner = phraseEndingAt(words, lower, open - 1, lowest);
      return inner ? { first: inner.first, last: k } : null;
    }
    return null;
  }
  const w = lower[k]!;
  if (PRONOUNS.has(w)) return { first: k, last: k };
  if (!isWord(words[k]!) || STOP.has(w) || DETERMINERS.has(w)) return null;
  let first = k;
  let j = k - 1;
  while (j >= lowest && k - j < 14) {
    const lw = lower[j]!;
    const word = words[j]!;
    if (DETERMINERS.has(lw)) {
      first = j;
      if (j - 1 >= lowest && /^(all|both|the|some)$/.test(lower[j - 1]!)) first = j - 1; // "all three candidates"

      if (lower[j - 1] === 'of' && j - 2 >= lowest && /^(one|some|many|most|all|several|two|three|few|each|any|none)$/.test(lower[j - 2]!)) first = j - 2;
      break;
    }
    if (isPossessive(word) && (word.length > 1 || (j - 1 >= lowest && /s$/i.test(words[j - 1]!)))) {
      first = j;
      j--;
      continue;
    }
    if (word === '.' || word === '-' || word === '&') {
      first = j;
      j--;
      continue;
    }
    if (INNER_PREPS.has(lw) && j - 1 >= lowest && isWord(words[j - 1]!) && !STOP.has(lower[j - 1]!) && first <= k) {
      // keep the preposition only when a proper noun, number or determiner follows it ("of State", "4 in 10")
      if (lw === 'of' || isCapitalised(words[j + 1]!) || DETERMINERS.has(lower[j + 1]!) || /^\p{N}/u.test(words[j + 1]!)) {
        first = j;
        j--;
        continue;
      }
      break;
    }
    // "O'Neill", "D'Souza": an apostrophe between an initial capital and a name
    if ((word === "'" || word === '’') && j - 1 >= lowest && /^\p{Lu}$/u.test(words[j - 1]!) && isCapitalised(words[j + 1] ?? '')) {
      first = j - 1;
      j -= 2;
      continue;
    }
    const coordinated = j - 1 >= lowest && isWord(words[j - 1]!) && !STOP.has(lower[j - 1]!) && !PRONOUNS.has(lower[j - 1]!) && !DETERMINERS.has(lower[j - 1]!);
    if (lw === 'and' && coordinated && (isCapitalised(words[j - 1]!) || j - 1 === lowest || !isWord(words[j - 2]!) || STOP.has(lower[j - 2]!))) {
      first = j;
      j--;
      continue;
    }
    if (QUANTIFIERS.has(lw)) {
      first = j;
      break;
    }
    const acronym = /^\p{Lu}{2,}$/u.test(word); // "US Senator …" is no pronoun
    if (!isWord(word) || (!acronym && (STOP.has(lw) || PRONOUNS.has(lw))) || isAdverb(lw) || WEEKDAYS.has(lw)) break;
    first = j;
    j--;
  }
  while (first < k && INNER_PREPS.has(lower[first]!)) first++;
  return { first, last: k };
}

/** Collect a noun phrase that starts at token j, walking right (inverted order: "said Thompson"). */
export function phraseStartingAt(words: readonly string[], lower: readonly string[], j: number, highest: number): TokenRange | null {
  if (j > highest) return null;
  const w = lower[j]!;
  if (PRONOUNS.has(w) && w !== 'who' && w !== 'which' && w !== 'it') return { first: j, last: j };
  if (!isWord(words[j]!) || (STOP.has(w) && !DETERMINERS.has(w))) return null;
  let last = j;
  let k = j + 1;
  // A name ("Trump shot back") ends at its first lower-case word, unless a possessive opens a role
  // ("Florida’s former governor"); a common-noun phrase ends at a past-tense verb.
  const proper = isCapitalised(words[j]!) && !DETERMINERS.has(w);
  let afterPossessive = false;
  let lowerCount = 0;
  while (k <= highest && k - j < 12) {
    const lw = lower[k]!;
    const word = words[k]!;
    if (isPossessive(word) || word === '.' || word === '-' || word === '&') {
      afterPossessive = isPossessive(word);
      last = k;
      k++;
      continue;
    }
    if (lw === 'of' && k + 1 <= highest && isCapitalised(words[k + 1]!)) {
      last = k;
      k++;
      continue;
    }
    if (!isWord(word) || STOP.has(lw) || PRONOUNS.has(lw)) break;
    if (!isCapitalised(word)) {
      if (proper && !afterPossessive) break;
      if (/ed$/.test(lw) || ++lowerCount > 5) break;
    }
    last = k;
    k++;
  }
  while (last > j && (INNER_PREPS.has(lower[last]!) || words[last] === '.')) last--;
  return { first: j, last };
}

export function isDeterminer(lower: string): boolean {
  return DETERMINERS.has(lower);
}
