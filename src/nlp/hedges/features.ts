/**
 * Features of one candidate cue occurrence for the cue-in-context classifier
 * (src/nlp/hedges/classifier.ts, trained by scripts/train-hedge-classifier.ts). Every feature is a
 * string; the classifier sums the weights of those it knows. Each one is emitted twice, once
 * plain and once prefixed by the text's domain (Daumé's "frustratingly easy" domain adaptation):
 * the plain copy learns what news and encyclopedia text share, the prefixed copy what differs.
 */

/** Kind of text a sentence comes from; the pipeline reads news, the corpus also has Wikipedia. */
export type HedgeDomain = 'news' | 'encyclopedia';

/** One candidate: lexicon key `key` on normalised tokens [from, to). */
export interface Candidate { from: number; to: number; key: string }

/** A candidate with its sentence: normalised tokens, raw tokens, and every candidate of the sentence. */
export interface CueContext {
  words: readonly string[];
  raw: readonly string[];
  cand: Candidate;
  /** All candidates of the sentence (including `cand`): several weak cues strengthen each other. */
  all: readonly Candidate[];
  /** Lexicon base rate of the key (share of its occurrences annotated as a cue). */
  basePrecision: number;
}

const CONDITIONAL = new Set(['if', 'whether', 'unless', 'whenever']);
const WINDOW = 3;
const NEGATION = new Set(['not', "n't", 'no', 'never']);

/** Crude suffix stripping so "suggests", "suggested", "suggesting" share evidence. */
export function cueStem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ingly|edly|ing|ed|es|s|ly)$/, '');
}

function shape(token: string): string {
  if (/^\p{N}/u.test(token)) return 'num';
  if (!/\p{L}/u.test(token)) return token.length === 1 ? token : 'sym';
  if (token === token.toUpperCase() && token.length > 1) return 'UP';
  return /^\p{Lu}/u.test(token) ? 'Cap' : 'low';
}

/** Position of the cue in the sentence: first token, first third, middle, last third. */
function position(from: number, length: number): string {
  if (from === 0) return 'first';
  const r = from / Math.max(1, length);
  return r < 1 / 3 ? 'early' : r < 2 / 3 ? 'mid' : 'late';
}

/** The domain-free features of one candidate. */
export function baseFeatures(c: CueContext): string[] {
  const { words, raw, cand } = c;
  const { from, to, key } = cand;
  const prev = words[from - 1] ?? '<s>';
  const prev2 = words[from - 2] ?? '<s>';
  const next = words[to] ?? '</s>';
  const next2 = words[to + 1] ?? '</s>';
  const stem = key.includes(' ') ? key : cueStem(key);
  const k = `k=${key}`;
  const others = c.all.filter((o) => o !== cand && (o.to <= from || o.from >= to));
  const otherCount = Math.min(3, others.length);
  const question = words[words.length - 1] === '?';
  const conditional = words.some((w, i) => (i < from || i >= to) && CONDITIONAL.has(w));
  const negated = NEGATION.has(next) || NEGATION.has(next2) || NEGATION.has(prev);
  const f = [
    'bias', k, `st=${stem}`,
    `${k}|p=${prev}`, `${k}|n=${next}`, `${k}|pp=${prev2} ${prev}`, `${k}|nn=${next} ${next2}`,
    `st=${stem}|p=${prev}`, `st=${stem}|n=${next}`,
    `${k}|shape=${shape(raw[from] ?? '')}`, `${k}|nshape=${shape(raw[to] ?? '')}`,
    `${k}|pos=${position(from, words.length)}`, `pos=${position(from, words.length)}`,
    `prec=${Math.round(c.basePrecision * 10)}`, `prec=${Math.round(c.basePrecision * 10)}|others=${otherCount}`,
    `${k}|others=${otherCount}`, `others=${otherCount}`,
    `len=${Math.min(4, to - from)}`,
  ];
  if (question) f.push(`${k}|question`, 'question');
  if (conditional) f.push(`${k}|conditional`, 'conditional');
  if (negated) f.push(`${k}|negated`);
  // Bag of nearby words: "may" with "you" three words back is permission, with "also be" possibility.
  for (let i = Math.max(0, from - WINDOW); i < from; i++) f.push(`${k}|left=${words[i]}`);
  for (let i = to; i < Math.min(words.length, to + WINDOW); i++) f.push(`${k}|right=${words[i]}`);
  // The strongest other cue of the sentence: a sentence with "suggest" makes its "may" likelier.
  for (const o of others) f.push(`other=${o.key}`);
  return f;
}

/** Base features plus their domain copies. */
export function cueFeatures(c: CueContext, domain: HedgeDomain): string[] {
  const base = baseFeatures(c);
  return [...base, ...base.map((f) => `${domain}:${f}`)];
}
