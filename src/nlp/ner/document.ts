import type { EntityType } from '../../model/annotation.js';
import type { TokenEntity } from './conll.js';

/**
 * Document-level consistency, a second pass over the tagger's output for one article (the
 * non-local idea of Ratinov & Roth 2009: a name is usually the same kind of thing throughout an
 * article, and its first, fuller mention is the best evidence):
 *  1. a name tagged with different types in the article takes the type of most of its mentions;
 *  2. a one-word mention equal to the last word of a person's full name in the same article
 *     ("Clinton" after "Bill Clinton") is that person;
 *  3. a capitalised word sequence the tagger left out, equal to a name tagged elsewhere in the
 *     article, gets that name's type (a headline or a sentence start often hides it).
 * Names are compared in lower case (headlines are in capitals). Pure: new arrays out.
 */

export interface TaggedSentence {
  words: readonly string[];
  entities: readonly TokenEntity[];
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const keyOf = (words: readonly string[], start: number, end: number) => words.slice(start, end).join(' ').toLowerCase();

/** Longest name (tokens) looked for again in untagged text. */
const MAX_REPEAT = 5;

/**
 * How far one mention's label is trusted in the vote: a mention opening its sentence, or in a line
 * written all in capitals (a headline), has no casing evidence and counts half, so a tie between
 * such a mention and one in running text goes to the running text (the "most confident" label).
 */
function mentionWeight(words: readonly string[], e: TokenEntity): number {
  const caps = words.every((w) => !/\p{Ll}/u.test(w));
  return e.start === 0 || caps ? 0.5 : 1;
}

/** Majority type per lower-cased name, when one type has more mentions than every other. */
function majorityTypes(doc: readonly TaggedSentence[]): Map<string, EntityType> {
  const votes = new Map<string, number[]>();
  for (const s of doc) {
    for (const e of s.entities) {
      const k = keyOf(s.words, e.start, e.end);
      let v = votes.get(k);
      if (!v) votes.set(k, (v = [0, 0, 0, 0]));
      v[TYPES.indexOf(e.type)]! += mentionWeight(s.words, e);
    }
  }
  const out = new Map<string, EntityType>();
  for (const [k, v] of votes) {
    const best = Math.max(...v);
    if (v.filter((x) => x === best).length === 1) out.set(k, TYPES[v.indexOf(best)]!);
  }
  return out;
}

/** Lower-cased last words of multi-word person names in the article. */
function surnames(doc: readonly TaggedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of doc) for (const e of s.entities) if (e.type === 'person' && e.end - e.start >= 2) out.add(s.words[e.end - 1]!.toLowerCase());
  return out;
}

/** Which of the three rules run (all by default; the others are for measuring each one). */
export interface ConsistencyRules {
  vote: boolean;
  surname: boolean;
  repeat: boolean;
}
const ALL_RULES: ConsistencyRules = { vote: true, surname: true, repeat: true };

export function documentConsistency(doc: readonly TaggedSentence[], rules: ConsistencyRules = ALL_RULES): TokenEntity[][] {
  const majority = rules.vote || rules.repeat ? majorityTypes(doc) : new Map<string, EntityType>();
  const family = rules.surname ? surnames(doc) : new Set<string>();
  let longest = 0;
  if (rules.repeat) for (const k of majority.keys()) longest = Math.max(longest, Math.min(MAX_REPEAT, k.split(' ').length));
  return doc.map((s) => {
    const ents: TokenEntity[] = s.entities.map((e) => {
      const k = keyOf(s.words, e.start, e.end);
      if (e.end - e.start === 1 && family.has(k)) return { ...e, type: 'person' };
      const t = rules.vote ? majority.get(k) : undefined;
      return t && t !== e.type ? { ...e, type: t } : { ...e };
    });
    // Untagged capitalised runs that repeat a name of the article, longest first.
    const covered = new Uint8Array(s.words.length);
    for (const e of ents) covered.fill(1, e.start, e.end);
    for (let i = 0; i < s.words.length; i++) {
      if (covered[i] || !capitalised(s.words[i]!)) continue;
      for (let n = Math.min(longest, s.words.length - i); n >= 1; n--) {
        let free = true;
        for (let j = i; j < i + n; j++) free &&= covered[j] === 0;
        if (!free || !capitalised(s.words[i + n - 1]!)) continue;
        const k = keyOf(s.words, i, i + n);
        const t = n === 1 && family.has(k) ? 'person' : rules.repeat ? majority.get(k) : undefined;
        if (!t) continue;
        ents.push({ start: i, end: i + n, type: t });
        covered.fill(1, i, i + n);
        i += n - 1;
        break;
      }
    }
    return ents.sort((a, b) => a.start - b.start);
  });
}
