import type { AlignText } from './align-text.js';
import { CONTEXT_FEATURE_NAMES, isolatedContext } from './context.js';
import { synonyms } from '../../nlp/wordnet.js';

/** Document frequencies of lemmas in a background news corpus (trained by scripts/train-fact-align.ts). */
export interface WordFrequencies {
  docs: number;
  df: Record<string, number>;
}

/** Inverse document frequency; names (`e:` keys) and unseen words count as rare. */
export function idfOf(freq: WordFrequencies, lemma: string): number {
  const df = lemma.startsWith('e:') ? 1 : (freq.df[lemma] ?? 0);
  return Math.log((freq.docs + 1) / (df + 1));
}

/** Features of two texts on their own (pairFeatures). */
export const TEXT_FEATURE_NAMES = [
  'cosine',
  'containment',
  'containment-max',
  'synonym-containment',
  'names-shared',
  'names-unmatched',
  'numbers-shared',
  'numbers-conflict',
  'bigram-dice',
  'length-ratio',
  'negation-differs',
  'rarest-shared',
  'shared-count',
  'unmatched-mass',
  'sentence-containment',
  'sentence-cosine',
] as const;

/** The model's whole vector: the pair's texts, then its story context (context.ts). */
export const FEATURE_NAMES = [...TEXT_FEATURE_NAMES, ...CONTEXT_FEATURE_NAMES] as const;

/** What pair features read of one text, computed once per text rather than once per pair. */
interface Prepared {
  freq: WordFrequencies;
  /** Summed idf per lemma (the cosine's vector). */
  weights: Map<string, number>;
  /** idf per distinct lemma (the overlap's sets) and their sum. */
  idf: Map<string, number>;
  mass: number;
  bigrams: Set<string>;
}
const prepared = new WeakMap<AlignText, Prepared>();

function prepare(freq: WordFrequencies, t: AlignText): Prepared {
  const hit = prepared.get(t);
  if (hit && hit.freq === freq) return hit;
  const weights = new Map<string, number>();
  const idf = new Map<string, number>();
  for (const l of t.lemmas) {
    const w = idfOf(freq, l);
    weights.set(l, (weights.get(l) ?? 0) + w);
    idf.set(l, w);
  }
  const p = { freq, weights, idf, mass: sum(idf), bigrams: bigrams(t) };
  prepared.set(t, p);
  return p;
}

function weights(freq: WordFrequencies, t: AlignText): Map<string, number> {
  return prepare(freq, t).weights;
}

/** The idf-weighted cosine of two texts (the first feature), on its own. */
export function textCosine(freq: WordFrequencies, a: AlignText, b: AlignText): number {
  return cosine(weights(freq, a), weights(freq, b));
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function bigrams(t: AlignText): Set<string> {
  const out = new Set<string>();
  const ls = t.lemmas.filter((l) => !l.startsWith('e:'));
  for (let i = 1; i < ls.length; i++) out.add(`${ls[i - 1]} ${ls[i]}`);
  return out;
}

/** Shared idf mass over the smaller side (the fact the shorter text states), with and without synonyms. */
function overlap(freq: WordFrequencies, a: AlignText, b: AlignText) {
  const pa = prepare(freq, a);
  const pb = prepare(freq, b);
  const [small, big] = pa.mass <= pb.mass ? [pa.idf, pb.idf] : [pb.idf, pa.idf];
  let shared = 0;
  let viaSynonym = 0;
  let rarest = 0;
  let count = 0;
  let unmatched = 0;
  for (const [l, w] of small) {
    if (big.has(l)) {
      shared += w;
      count++;
      rarest = Math.max(rarest, w);
    } else if (l.startsWith('e:') || /\d/.test(l)) unmatched += w;
    else if (hasSynonymIn(l, big)) viaSynonym += w;
    else unmatched += w;
  }
  const smallMass = sum(small);
  const bigMass = sum(big);
  return { shared, viaSynonym, rarest, count, unmatched, smallMass, bigMass };
}

/** Is some word of `words` (not a name) a WordNet synonym of `l`? No array per look-up: a hot loop. */
function hasSynonymIn(l: string, words: ReadonlyMap<string, number>): boolean {
  for (const x of words.keys()) if (!x.startsWith('e:') && synonyms(l, x)) return true;
  return false;
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/**
 * Features of "these two texts state the same fact": a = the claim clauses compared, sa/sb = their
 * whole sentences (equal to the clauses for sentence pairs). Every feature is scaled to about [0, 1].
 */
export function pairFeatures(freq: WordFrequencies, a: AlignText, b: AlignText, sa: AlignText = a, sb: AlignText = b): number[] {
  const o = overlap(freq, a, b);
  const os = sa === a && sb === b ? o : overlap(freq, sa, sb);
  const namesA = a.names.size <= b.names.size ? a.names : b.names;
  const namesB = namesA === a.names ? b.names : a.names;
  let namesShared = 0;
  for (const n of namesA) if (namesB.has(n)) namesShared++;
  let numShared = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) numShared++;
  const numConflict = a.numbers.size > 0 && b.numbers.size > 0 && numShared === 0 ? 1 : 0;
  const ba = prepare(freq, a).bigrams;
  const bb = prepare(freq, b).bigrams;
  let bShared = 0;
  for (const x of ba) if (bb.has(x)) bShared++;
  const maxIdf = Math.log(freq.docs + 1);
  return [
    cosine(weights(freq, a), weights(freq, b)),
    o.smallMass === 0 ? 0 : o.shared / o.smallMass,
    o.bigMass === 0 ? 0 : o.shared / o.bigMass,
    o.smallMass === 0 ? 0 : (o.shared + o.viaSynonym) / o.smallMass,
    Math.min(namesShared, 3) / 3,
    namesA.size === 0 ? 0 : (namesA.size - namesShared) / namesA.size,
    Math.min(numShared, 2) / 2,
    numConflict,
    ba.size + bb.size === 0 ? 0 : (2 * bShared) / (ba.size + bb.size),
    Math.min(a.words, b.words) / Math.max(1, a.words, b.words),
    a.negated !== b.negated ? 1 : 0,
    o.rarest / maxIdf,
    Math.log1p(o.count) / Math.log(20),
    Math.min(o.unmatched / 20, 1),
    os.smallMass === 0 ? 0 : (os.shared + os.viaSynonym) / os.smallMass,
    cosine(weights(freq, sa), weights(freq, sb)),
  ];
}

/** The model's whole vector for two texts seen on their own, with no story around them (sentence pairs). */
export function isolatedPairFeatures(freq: WordFrequencies, a: AlignText, b: AlignText): number[] {
  const x = pairFeatures(freq, a, b);
  return [...x, ...isolatedContext(x[0]!)];
}
