import type { ClaimFrame } from './claim-frame.js';
import { themeKey } from './claim-frame.js';

/**
 * Interpretable features of a pair of claim frames, for the learned alignment scorer
 * (claim-scorer.ts, trained by scripts/train-claim-align.ts). Conflicts (number, date, polarity)
 * are deliberately not features: the scorer says "same fact?", the conflict checks then say how
 * two versions of that fact differ.
 */
export const FEATURE_NAMES = ['sameEvent', 'relatedEvent', 'sharedAgent', 'themeShared', 'themeOverlap', 'sentenceDice', 'sharedNames', 'sharedNumber', 'sharedDate'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Event classes too light to say what happened ("be", "have", "make", "come", "take"). */
export const LIGHT_EVENTS = new Set(['be', 'have', 'make', 'come', 'take', 'do', 'get', 'go', '']);

// Head nouns that name a kind of person, not someone in particular: sharing one is not sharing an agent.
const GENERIC_AGENTS = new Set('official officials source sources person people expert experts analyst analysts critic critics report reports group groups member members leader leaders spokesperson spokesman spokeswoman man woman men women resident residents lawmaker lawmakers'.split(' '));

/** Event-class pairs learned as paraphrases ("a|b", sorted); set by the scorer from its model file. */
export type RelatedEvents = ReadonlySet<string>;

export function eventPairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  // Symmetric count: walk the smaller set.
  if (a.size > b.size) [a, b] = [b, a];
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

// Per-frame caches: a story compares every frame with many others.
const sentenceKeyCache = new WeakMap<ClaimFrame, Set<string>>();
const nameCache = new WeakMap<ClaimFrame, Set<string>>();
const agentCache = new WeakMap<ClaimFrame, Set<string>>();

/** Agent keys that name someone in particular (no event classes, no generic heads like "officials"). */
function specificAgents(f: ClaimFrame): Set<string> {
  let k = agentCache.get(f);
  if (!k) {
    k = new Set([...f.agents].filter((x) => !x.startsWith('ev:') && !GENERIC_AGENTS.has(x)));
    agentCache.set(f, k);
  }
  return k;
}

/** Content-word keys of the claim's whole sentence. */
function sentenceKeys(f: ClaimFrame): Set<string> {
  let k = sentenceKeyCache.get(f);
  if (!k) {
    const text = f.doc.text.slice(f.sentence.start, f.sentence.end);
    k = new Set((text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? []).map(themeKey).filter((x): x is string => x !== null && !x.startsWith('ev:')));
    sentenceKeyCache.set(f, k);
  }
  return k;
}

/** Capitalised words inside the sentence (not its first word): names, places, institutions. */
function nameKeys(f: ClaimFrame): Set<string> {
  let k = nameCache.get(f);
  if (!k) {
    const text = f.doc.text.slice(f.sentence.start, f.sentence.end);
    const ws = text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
    k = new Set(ws.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.toLowerCase().replace(/[’']s$/, '')));
    for (const a of f.agents) if (!a.startsWith('ev:')) k.add(a);
    nameCache.set(f, k);
  }
  return k;
}

/** Feature vector (in FEATURE_NAMES order) of two frames; all values in [0, 1]. */
export function pairFeatures(a: ClaimFrame, b: ClaimFrame, related: RelatedEvents): number[] {
  const sameEvent = a.event === b.event && !LIGHT_EVENTS.has(a.event) ? 1 : 0;
  const relatedEvent = !sameEvent && related.has(eventPairKey(a.event, b.event)) ? 1 : 0;
  const sharedAgent = Math.min(1, shared(specificAgents(a), specificAgents(b)));
  const th = shared(a.theme, b.theme);
  const small = Math.min(a.theme.size, b.theme.size);
  const sa = sentenceKeys(a);
  const sb = sentenceKeys(b);
  const dice = sa.size + sb.size === 0 ? 0 : (2 * shared(sa, sb)) / (sa.size + sb.size);
  const names = Math.min(3, shared(nameKeys(a), nameKeys(b))) / 3;
  const sharedNumber = a.numbers.some((x) => b.numbers.some((y) => x.value === y.value && x.unit === y.unit)) ? 1 : 0;
  const sharedDate = a.dates.some((x) => b.dates.some((y) => x.value === y.value)) ? 1 : 0;
  return [sameEvent, relatedEvent, sharedAgent, Math.min(4, th) / 4, small === 0 ? 0 : th / small, dice, names, sharedNumber, sharedDate];
}
