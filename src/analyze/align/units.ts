import type { ClaimFrame } from '../claims/claim-frame.js';
import { alignText, type AlignText } from './align-text.js';
import { pairContexts } from './context.js';
import { idfOf, pairFeatures, type WordFrequencies } from './features.js';

/** A claim as fact alignment sees it: its frame, the words of its clause and of its whole sentence. */
export interface AlignUnit {
  frame: ClaimFrame;
  clause: AlignText;
  sentence: AlignText;
}

export function alignUnits(frames: readonly ClaimFrame[]): AlignUnit[] {
  const sentences = new Map<string, AlignText>();
  return frames.map((frame) => {
    const key = `${frame.doc.id}\u0000${frame.sentence.start}`;
    let sentence = sentences.get(key);
    if (!sentence) sentences.set(key, (sentence = alignText(frame.doc, frame.sentence)));
    return { frame, clause: alignText(frame.doc, frame.claim), sentence };
  });
}

/**
 * The model's vectors for candidate pairs of one story: clause against clause with their sentences
 * (features.ts), then where the pair stands among each side's candidates (context.ts). A repeat
 * within one article has no other article to rank in: it counts as its own best match.
 */
export function storyPairFeatures(freq: WordFrequencies, units: readonly AlignUnit[], pairs: readonly (readonly [number, number])[]): number[][] {
  const text = pairs.map(([i, j]) => pairFeatures(freq, units[i]!.clause, units[j]!.clause, units[i]!.sentence, units[j]!.sentence));
  const cross = pairs.map(([i, j]) => units[i]!.frame.doc.id !== units[j]!.frame.doc.id);
  const context = pairContexts(units, pairs.filter((_, p) => cross[p]), text.filter((_, p) => cross[p]).map((x) => x[0]!));
  let k = 0;
  return text.map((x, p) => [...x, ...(cross[p] ? context[k++]! : [1, 1, x[0]!])]);
}

// Index keys: a word this common (in over ~15 % of news documents) alone never makes a candidate.
const MIN_KEY_IDF = 1.9;
// A key carried by more units than this says little about which fact; skip its posting list.
const MAX_POSTING = 400;

/**
 * Candidate pairs (i < j) for scoring: units that share a rare lemma, a name or a number, the
 * `perUnit` best by shared idf mass for each unit, so a story's cost grows with its size, not its square.
 */
export function candidatePairs(freq: WordFrequencies, units: readonly AlignUnit[], perUnit = 24): [number, number][] {
  const postings = new Map<string, number[]>();
  const keysOf = units.map((u) => {
    const keys = new Map<string, number>();
    for (const l of u.clause.lemmas) {
      const w = idfOf(freq, l);
      if (w >= MIN_KEY_IDF) keys.set(l, w);
    }
    for (const n of u.clause.numbers) keys.set(`#${n}`, 3);
    return keys;
  });
  keysOf.forEach((keys, i) => {
    for (const k of keys.keys()) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(i);
    }
  });
  const out = new Set<number>();
  const n = units.length;
  keysOf.forEach((keys, i) => {
    const mass = new Map<number, number>();
    for (const [k, w] of keys) {
      const p = postings.get(k)!;
      if (p.length > MAX_POSTING) continue;
      for (const j of p) if (j !== i) mass.set(j, (mass.get(j) ?? 0) + w);
    }
    const best = [...mass].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, perUnit);
    for (const [j] of best) out.add(i < j ? i * n + j : j * n + i);
  });
  return [...out].sort((x, y) => x - y).map((k) => [Math.floor(k / n), k % n]);
}
