import { createRequire } from 'node:module';
import type { ArticleDoc } from '../../model/article.js';
import { annotationsOf } from '../../model/article.js';
import type { Span } from '../../model/span.js';
import { spansOverlap } from '../../model/span.js';
import { STOPWORDS } from '../../cluster/stopwords.js';
import { groupKey, initialisms, normalKey } from '../entities/entity-keys.js';
import { ownString } from '../../util/own-string.js';
import { UNITS } from '../../nlp/number-words.js';

/**
 * What fact alignment compares of a span of text: its content lemmas in order, the keys of the
 * names it mentions (surnames, institution groups and their acronyms: "the Pentagon" = "the
 * Department of Defense"), its normalised numbers and days, and whether it is negated.
 */
export interface AlignText {
  /** Content lemmas in text order; names also appear as `e:<key>` entries. */
  lemmas: string[];
  names: Set<string>;
  /** `<value>` and `<value> <unit>` of each number; `d:<day>` of each date. */
  numbers: Set<string>;
  negated: boolean;
  /** Word tokens in the span (for length features). */
  words: number;
}

const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as { noun(w: string): string; verb(w: string): string; adjective(w: string): string };
const NEGATION = new Set(['not', "n't", 'cannot', 'never', 'no', 'nor', 'without', 'neither']);
const lemmaMemo = new Map<string, string>();

/** Lemma of a lower-case word: its verb lemma when it is an inflected verb, else its noun lemma. */
export function lemmaOf(w: string): string {
  const hit = lemmaMemo.get(w);
  if (hit !== undefined) return hit;
  let l = w;
  if (/^[a-z][a-z'-]*$/.test(w)) {
    const v = lemmatizer.verb(w);
    l = v !== w ? v : lemmatizer.noun(w);
    if (l === w && /(er|est)$/.test(w)) l = lemmatizer.adjective(w);
  }
  if (lemmaMemo.size > 100_000) lemmaMemo.clear();
  lemmaMemo.set(ownString(w), ownString(l));
  return l;
}

/** Is a lower-case word a content word (not a stop word, not punctuation)? */
export function isContentWord(w: string): boolean {
  return /[\p{L}\p{N}]/u.test(w) && !STOPWORDS.has(w) && !NEGATION.has(w);
}

/**
 * Keys of a name, whatever type the tagger gave it (one outlet's "Tarrow Mill" may be tagged a
 * person, another's a place): the group key, the last word (a surname), and an organisation's acronyms.
 */
function entityKeys(type: string, name: string): string[] {
  const g = groupKey(name);
  const last = normalKey(name).split(' ').pop()!;
  const keys = last === g ? [g] : [g, last];
  return type === 'organization' ? [...keys, ...initialisms(g).filter((i) => i.length >= 2)] : keys;
}

/** Index of the first token that ends after `offset` (tokens are in text order). */
function firstTokenAfter(doc: ArticleDoc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The comparison view of `span` in `doc` (uses the entity, number and date annotations inside it). */
export function alignText(doc: ArticleDoc, span: Span): AlignText {
  const lemmas: string[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  let negated = false;
  let words = 0;
  for (const e of annotationsOf(doc, 'entity')) {
    if (!spansOverlap(e, span) || e.type === 'other') continue;
    for (const k of entityKeys(e.type, e.name)) names.add(k);
  }
  // An acronym written alone ("DoD", "FBI") is its institution's key too.
  for (let i = firstTokenAfter(doc, span.start); i < doc.tokens.length; i++) {
    const tok = doc.tokens[i]!;
    if (tok.start >= span.end) break;
    const raw = doc.text.slice(tok.start, tok.end);
    const w = raw.toLowerCase().replace(/’/g, "'");
    if (!/[\p{L}\p{N}]/u.test(w)) continue;
    words++;
    if (NEGATION.has(w)) negated = true;
    if (!isContentWord(w)) continue;
    if (/^\p{Lu}{2,6}$/u.test(raw.replace(/\./g, ''))) names.add(groupKey(raw));
    // "Ten dead" and "kills 10" share a word: a number word counts as its figure.
    const figure = Object.hasOwn(UNITS, w) && w !== 'a' && w !== 'an' ? UNITS[w] : undefined;
    lemmas.push(figure !== undefined ? String(figure) : lemmaOf(w.replace(/\.$/, '')));
  }
  for (const n of names) lemmas.push(`e:${n}`);
  for (const n of annotationsOf(doc, 'number')) {
    if (!spansOverlap(n, span)) continue;
    numbers.add(String(n.value));
    if (n.unit) numbers.add(`${n.value} ${lemmaOf(n.unit.toLowerCase())}`);
  }
  for (const d of annotationsOf(doc, 'date')) if (spansOverlap(d, span)) numbers.add(`d:${d.value}`);
  return { lemmas, names, numbers, negated, words };
}
