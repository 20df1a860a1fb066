import type { ClaimFrame } from '../claims/claim-frame.js';
import { datesConflict, numbersConflict, relateClaims, sharesAgent } from '../claims/claim-relation.js';
import { LIGHT_EVENTS } from '../claims/claim-features.js';
import { attachSharedMembers, averageLinkage } from './average-linkage.js';
import type { FactAlignModel } from './model.js';
import { ensembleScore } from './trees.js';
import { FEATURE_NAMES, textCosine } from './features.js';
import { quotedPairAllowed, sameStatement } from './shared-quote.js';
import { alignUnits, candidatePairs, storyPairFeatures } from './units.js';

const CONFLICT_FEATURES = (['numbers-conflict', 'negation-differs'] as const).map((f) => FEATURE_NAMES.indexOf(f));

const SAME_ARTICLE_REPEAT = 0.85;
/** The score of a pair the strict rule aligns (learned scores above it are rare). */
export const RULE_SCORE = 0.99;

/**
 * Two outlets saying one party did not do one thing ("declined to comment" / "has not commented on
 * the halt") state one fact of their story, whatever else each names: both negated, same agent and
 * event. (Not-doing has no object to disagree about; the rule's theme test would keep them apart.)
 */
export function sameRefusal(a: ClaimFrame, b: ClaimFrame): boolean {
  return a.negated && b.negated && a.doc.id !== b.doc.id && a.event === b.event && !LIGHT_EVENTS.has(a.event) && sharesAgent(a, b);
}

export type ConflictKind = 'number' | 'date' | 'polarity';

/** How two aligned claims of one fact differ, if they do: only for the same agent and event. */
export function conflictOf(a: ClaimFrame, b: ClaimFrame): ConflictKind | null {
  if (a.doc.id === b.doc.id || a.event !== b.event || LIGHT_EVENTS.has(a.event) || !sharesAgent(a, b)) return null;
  if (a.negated !== b.negated) return 'polarity';
  if (numbersConflict(a, b)) return 'number';
  if (datesConflict(a, b)) return 'date';
  return null;
}

export interface StoryAlignment {
  /** Groups of frame indices, each one fact. */
  groups: number[][];
  /** Scored candidate pairs, key i * n + j (i < j) → probability of "same fact". */
  scores: Map<number, number>;
  /** Pairs of one fact that give incompatible versions. */
  conflicts: { a: number; b: number; kind: ConflictKind }[];
}

/** Scored candidate pairs of a story's claims, with the conflict kind of each pair that has one. */
export interface ScoredPairs {
  n: number;
  scores: Map<number, number>;
  kinds: Map<number, ConflictKind>;
}

export function scoreFrames(frames: readonly ClaimFrame[], model: Pick<FactAlignModel, 'freq' | 'ensemble'>): ScoredPairs {
  const units = alignUnits(frames);
  const n = units.length;
  const scores = new Map<number, number>();
  const kinds = new Map<number, ConflictKind>();
  // Within one article only a repeat of the same clause is one claim (two places); the model
  // judges facts across outlets, and clauses of one article share their names and topic words.
  // (The cosine alone decides that: no other feature is computed for such a pair.)
  const pairs = candidatePairs(model.freq, units).filter(
    ([i, j]) => (frames[i]!.doc.id !== frames[j]!.doc.id || textCosine(model.freq, units[i]!.clause, units[j]!.clause) >= SAME_ARTICLE_REPEAT) && quotedPairAllowed(frames[i]!, frames[j]!),
  );
  const xs = storyPairFeatures(model.freq, units, pairs);
  pairs.forEach(([i, j], p) => {
    const x = xs[p]!;
    const kind = conflictOf(frames[i]!, frames[j]!);
    // Two versions of one fact differ in exactly what the model reads as "another fact": score
    // such a pair as if its numbers and polarity agreed, and keep the difference as a conflict.
    if (kind) for (const f of CONFLICT_FEATURES) x[f] = 0;
    // The strict who-did-what rule (same agent, event and theme) is precise on its own: a pair it
    // aligns is one fact whatever the wording scores ("ordered to cease" / "the pause came from").
    const rule = sameRefusal(frames[i]!, frames[j]!) || sameStatement(frames[i]!, frames[j]!) ? 'same' : relateClaims(frames[i]!, frames[j]!);
    const s = ensembleScore(model.ensemble, x);
    scores.set(i * n + j, rule === 'same' || (kind !== null && rule === kind) ? Math.max(s, RULE_SCORE) : s);
    if (kind) kinds.set(i * n + j, kind);
  });
  return { n, scores, kinds };
}

/** Group scored claims by average linkage at `threshold`; conflicts are the kinds of pairs at or above it. */
export function groupScored(frames: readonly ClaimFrame[], scored: ScoredPairs, threshold: number): StoryAlignment {
  const docIndex = new Map<string, number>();
  const article = frames.map((f) => {
    let i = docIndex.get(f.doc.id);
    if (i === undefined) docIndex.set(f.doc.id, (i = docIndex.size));
    return i;
  });
  const groups = attachSharedMembers(averageLinkage(scored.n, scored.scores, threshold, article), scored.n, scored.scores, threshold, article);
  const conflicts: StoryAlignment['conflicts'] = [];
  for (const [k, kind] of scored.kinds) {
    if (scored.scores.get(k)! >= threshold) conflicts.push({ a: Math.floor(k / scored.n), b: k % scored.n, kind });
  }
  return { groups, scores: scored.scores, conflicts };
}

/**
 * Align the claims of a story as facts: score candidate pairs with the learned model, group by
 * average linkage at the model's story threshold, and keep the incompatible versions among the
 * aligned pairs (the same agent and event with another number, day or polarity).
 */
export function alignFrames(frames: readonly ClaimFrame[], model: FactAlignModel): StoryAlignment {
  return groupScored(frames, scoreFrames(frames, model), model.threshold.story);
}
