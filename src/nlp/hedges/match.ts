import { normaliseToken, type HedgeLexicon, type LearnedCue } from './lexicon.js';
import { tokenizeText } from '../tokenize.js';
import { vetoedByContext } from './context.js';
import { cueProbability, loadHedgeClassifier, type HedgeClassifier } from './classifier.js';
import { cueFeatures, type Candidate, type HedgeDomain } from './features.js';

/** One learned-cue match over a token sequence: tokens [from, to). */
export interface CueHit {
  from: number;
  to: number;
  key: string;
  cue: LearnedCue;
  /**
   * Probability that the words are a cue here: the classifier's (models/hedge-classifier.json),
   * or without it the lexicon's precision in this context (neighbouring-word statistics).
   */
  probability: number;
}

/** How to decide: which text domain, which classifier (null = lexicon precisions only), which floor. */
export interface MatchOptions {
  /** Default `news`, the pipeline's input. */
  domain?: HedgeDomain;
  /** Default the committed classifier when present. */
  classifier?: HedgeClassifier | null;
  /** Default the classifier's threshold for the domain, else the lexicon's precision floor. */
  threshold?: number;
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
export function occurrences(words: readonly string[], raw: readonly string[], cues: Record<string, unknown>): Candidate[] {
  const index = indexOf(cues);
  const out: Candidate[] = [];
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

/** Non-overlapping learned cues whose probability in context reaches the threshold. */
export function matchLearned(words: readonly string[], raw: readonly string[], lexicon: HedgeLexicon, options: MatchOptions = {}): CueHit[] {
  const classifier = options.classifier === undefined ? loadHedgeClassifier() : options.classifier;
  const domain = options.domain ?? 'news';
  const threshold = options.threshold ?? (classifier ? classifier.thresholds[domain] : lexicon.threshold);
  const hits: CueHit[] = [];
  let coveredTo = 0;
  const found = occurrences(words, raw, lexicon.cues);
  // occurrences() lists longer keys first at each position, so the first acceptable one wins.
  for (const o of found) {
    if (o.from < coveredTo) continue;
    const cue = lexicon.cues[o.key]!;
    const probability = classifier
      ? cueProbability(classifier.weights, cueFeatures({ words, raw, cand: o, all: found, basePrecision: cue.precision }, domain))
      : contextualPrecision(cue, words, o.from, o.to);
    if (probability < threshold) continue;
    hits.push({ ...o, cue, probability });
    coveredTo = o.to;
  }
  return hits;
}

/** Learned cues of a plain sentence as character spans (used by the corpus evaluation and the builder). */
export function learnedCueSpans(text: string, lexicon: HedgeLexicon, options: MatchOptions = {}): { start: number; end: number; key: string }[] {
  const tokens = tokenizeText(text);
  const raw = tokens.map((t) => text.slice(t.start, t.end));
  const words = raw.map(normaliseToken);
  return matchLearned(words, raw, lexicon, options).map((h) => ({ start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end, key: h.key }));
}
