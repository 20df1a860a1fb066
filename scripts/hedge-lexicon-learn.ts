/**
 * Learns hedge cues from annotated sentences (Szeged Uncertainty Corpus): for every word sequence
 * annotated as a cue at least MIN_CUE_COUNT times, how often it is a cue when it occurs (precision),
 * its majority type, and neighbouring-word statistics where they matter. Shared by
 * build-hedge-lexicon.ts (the committed lexicon) and train-hedge-classifier.ts (one lexicon per
 * tuning fold, so a fold never sees cues learned from itself).
 */
import type { SzegedSentence } from '../src/eval/szeged.js';
import { normaliseToken, type LearnedCue } from '../src/nlp/hedges/lexicon.js';
import { occurrences } from '../src/nlp/hedges/match.js';
import { tokenizeText } from '../src/nlp/tokenize.js';
import type { Token } from '../src/model/article.js';

/**
 * Cues annotated only once are left out. Keeping them, with per-fold lexicons, moved out-of-fold
 * sentence F1 by −0.005 (factbank) and +0.002 (wiki) and nearly doubled the lexicon.
 */
export const MIN_CUE_COUNT = 2;
const MIN_CONTEXT_OCC = 8;
const MIN_CONTEXT_SHIFT = 0.2;

interface Tally { pos: number; occ: number }
interface Stats extends Tally { types: Map<string, number>; contexts: Map<string, Tally> }

/** A sentence split into tokens, raw token texts and normalised words. */
export interface TokenisedSentence { s: SzegedSentence; tokens: Token[]; raw: string[]; words: string[] }

export function tokeniseSentence(s: SzegedSentence): TokenisedSentence {
  const tokens = tokenizeText(s.text);
  const raw = tokens.map((t) => s.text.slice(t.start, t.end));
  return { s, tokens, raw, words: raw.map(normaliseToken) };
}

/** Does tokens [from, to) overlap an annotated cue of the sentence? */
export function overlapsCue(t: TokenisedSentence, from: number, to: number): boolean {
  const start = t.tokens[from]!.start;
  const end = t.tokens[to - 1]!.end;
  return t.s.cues.some((c) => c.start < end && start < c.end);
}

export function learnCues(tokenised: readonly TokenisedSentence[], minCount = MIN_CUE_COUNT): Record<string, LearnedCue> {
  // Pass 1: which word sequences annotators mark as cues, and with which type.
  const stats = new Map<string, Stats>();
  const goldCount = new Map<string, { count: number; types: Map<string, number> }>();
  for (const { s, tokens, words } of tokenised) {
    for (const cue of s.cues) {
      const inside = tokens.map((t, i) => (t.start < cue.end && cue.start < t.end ? words[i] : null)).filter((w): w is string => w !== null);
      if (inside.length === 0) continue;
      const key = inside.join(' ');
      const g = goldCount.get(key) ?? { count: 0, types: new Map<string, number>() };
      g.count++;
      g.types.set(cue.type, (g.types.get(cue.type) ?? 0) + 1);
      goldCount.set(key, g);
    }
  }
  const candidates: Record<string, true> = {};
  for (const [key, g] of goldCount) if (g.count >= minCount) candidates[key] = true;

  // Pass 2: every occurrence of a candidate, positive when it overlaps an annotated cue.
  for (const t of tokenised) {
    const { raw, words } = t;
    for (const o of occurrences(words, raw, candidates)) {
      const positive = overlapsCue(t, o.from, o.to) ? 1 : 0;
      const st = stats.get(o.key) ?? { pos: 0, occ: 0, types: goldCount.get(o.key)!.types, contexts: new Map<string, Tally>() };
      st.pos += positive;
      st.occ++;
      for (const ctx of [`prev:${words[o.from - 1] ?? '<s>'}`, `next:${words[o.to] ?? '</s>'}`]) {
        const t = st.contexts.get(ctx) ?? { pos: 0, occ: 0 };
        t.pos += positive;
        t.occ++;
        st.contexts.set(ctx, t);
      }
      stats.set(o.key, st);
    }
  }

  // One added occurrence keeps rare cues from reaching precision 1 on two lucky examples.
  const smoothed = (t: Tally) => Math.round((t.pos / (t.occ + 1)) * 1000) / 1000;
  const cues: Record<string, LearnedCue> = {};
  for (const [key, st] of [...stats].sort((a, b) => b[1].pos - a[1].pos)) {
    if (st.pos === 0) continue;
    const type = [...st.types].sort((a, b) => b[1] - a[1])[0]![0];
    const precision = smoothed(st);
    const cue: LearnedCue = { type, precision, count: st.pos, occurrences: st.occ };
    const contexts = [...st.contexts]
      .filter(([, t]) => t.occ >= MIN_CONTEXT_OCC && Math.abs(smoothed(t) - precision) >= MIN_CONTEXT_SHIFT)
      .sort((a, b) => b[1].occ - a[1].occ)
      .slice(0, 40);
    if (contexts.length > 0) cue.contexts = Object.fromEntries(contexts.map(([k, t]) => [k, { precision: smoothed(t), occurrences: t.occ }]));
    cues[key] = cue;
  }
  return cues;
}
