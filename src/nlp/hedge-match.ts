import { normaliseToken, type HedgeLexicon, type LearnedCue } from './hedge-lexicon.js';
import { tokenizeText } from './tokenize.js';
import { vetoedByContext } from './hedge-context.js';

/** One learned-cue match over a token sequence: tokens [from, to). */
export interface CueHit {
  from: number;
  to: number;
  key: string;
  cue: LearnedCue;
  /** Precision in this context (neighbouring-word statistics when the lexicon has them). */
  precision: number;
}

type Index = Map<string, { key: string; parts: string[] }[]>;
const indexes = new WeakMap<Record<string, unknown>, Index>();

/** Keys grouped by first token, longest first, so the longest cue wins at each position. */
function indexOf(cues: Record<string, unknown>): Index {
  let index = indexes.get(cues);
  if (index) return index;
  index = new Map();
  for (const key of Object.keys(cues)) {
    const parts = key.split(' ');
    const list = index.get(parts[0]!) ?? [];
    list.push({ key, parts });
    index.set(parts[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  indexes.set(cues, index);
  return index;
}

/**
 * Every position where a key of `cues` occurs (all keys, overlapping allowed), after the
 * context vetoes. `words` are normalised tokens, `raw` the same tokens as written.
 */
export function occurrences(words: readonly string[], raw: readonly string[], cues: Record<string, unknown>): { from: number; to: number; key: string }[] {
  const index = indexOf(cues);
  const out: { from: number; to: number; key: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const { key, parts } of index.get(words[i]!) ?? []) {
      if (parts.every((p, k) => words[i + k] === p) && !vetoedByContext(raw, i, key)) out.push({ from: i, to: i + parts.length, key });
    }
  }
  return out;
}

/** Precision of a cue given its neighbours: the better-attested context statistic, else the base rate. */
export function contextualPrecision(cue: LearnedCue, words: readonly string[], from: number, to: number): number {
  const prev = cue.contexts?.[`prev:${words[from - 1] ?? '<s>'}`];
  const next = cue.contexts?.[`next:${words[to] ?? '</s>'}`];
  if (prev && next) return prev.occurrences >= next.occurrences ? prev.precision : next.precision;
  return (prev ?? next)?.precision ?? cue.precision;
}

/** Non-overlapping learned cues whose contextual precision reaches the lexicon threshold. */
export function matchLearned(words: readonly string[], raw: readonly string[], lexicon: HedgeLexicon, threshold = lexicon.threshold): CueHit[] {
  const hits: CueHit[] = [];
  let coveredTo = 0;
  const found = occurrences(words, raw, lexicon.cues);
  // occurrences() lists longer keys first at each position, so the first acceptable one wins.
  for (const o of found) {
    if (o.from < coveredTo) continue;
    const cue = lexicon.cues[o.key]!;
    const precision = contextualPrecision(cue, words, o.from, o.to);
    if (precision < threshold) continue;
    hits.push({ ...o, cue, precision });
    coveredTo = o.to;
  }
  return hits;
}

/** Learned cues of a plain sentence as character spans (used by the corpus evaluation and the builder). */
export function learnedCueSpans(text: string, lexicon: HedgeLexicon, threshold = lexicon.threshold): { start: number; end: number; key: string }[] {
  const tokens = tokenizeText(text);
  const raw = tokens.map((t) => text.slice(t.start, t.end));
  const words = raw.map(normaliseToken);
  return matchLearned(words, raw, lexicon, threshold).map((h) => ({ start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end, key: h.key }));
}
