import type { ClaimFrame } from './claim-frame.js';
import { scoredAlign } from './claim-scorer.js';
import { LIGHT_EVENTS } from './claim-features.js';
import { quantityOf, sameQuantity, type Quantity } from '../quantities.js';
import type { NumberMention } from '../../model/annotation.js';

/** How two claims relate. Conflicts are only reported for claims that agree on who did what. */
export type ClaimRelation = 'same' | 'number' | 'date' | 'polarity' | 'unrelated';

/** Minimum shared theme words and overlap (shared / smaller theme) for "the same thing was done to the same thing". */
export const MIN_SHARED_THEME = 2;
export const MIN_THEME_OVERLAP = 0.34;

function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Any agent key in common: necessary for both alignment paths of relateClaims. */
export function sharesAgent(a: ClaimFrame, b: ClaimFrame): boolean {
  const [small, big] = a.agents.size <= b.agents.size ? [a.agents, b.agents] : [b.agents, a.agents];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

/** Do the claims agree on who did what to what? Shared words alone are not enough. */
export function sameFrame(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.event !== b.event || a.event === '' || a.event === 'be' || a.event === 'have') return false;
  if (shared(a.agents, b.agents) === 0) return false;
  const n = shared(a.theme, b.theme);
  const small = Math.min(a.theme.size, b.theme.size);
  return small === 0 ? false : n >= MIN_SHARED_THEME && n / small >= MIN_THEME_OVERLAP;
}

// A frame's quantities do not depend on the pair: read them once per frame, not once per comparison.
const quantityCache = new WeakMap<ClaimFrame, { n: NumberMention; q: Quantity | null }[]>();
function quantitiesOf(f: ClaimFrame): { n: NumberMention; q: Quantity | null }[] {
  let qs = quantityCache.get(f);
  if (!qs) {
    qs = f.numbers.map((n) => ({ n, q: quantityOf(f.doc, n) }));
    quantityCache.set(f, qs);
  }
  return qs;
}

/**
 * Two counts of the same thing that differ: same unit or counted noun (durations in one unit, so
 * "48 hours" = "two days"), values apart beyond the estimate tolerance; vague plurals ("hundreds")
 * never conflict, and a value the other claim also gives for that unit settles it.
 */
export function numbersConflict(a: ClaimFrame, b: ClaimFrame): boolean {
  const vague = (v: number) => v === 12 || v === 100 || v === 1000 || v === 1e6;
  const qa = quantitiesOf(a);
  const qb = quantitiesOf(b);
  for (const x of qa) {
    if (!x.q) continue;
    const counterparts = qb.filter((y) => y.q !== null && y.q.unit === x.q!.unit);
    if (counterparts.length === 0 || counterparts.some((y) => sameQuantity(x.q!, y.q!))) continue;
    if (counterparts.some((y) => !(vague(x.n.value) && vague(y.n.value)))) return true;
  }
  return false;
}

export function datesConflict(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.dates.length === 0 || b.dates.length === 0) return false;
  // Only when no day of one claim appears anywhere in the other ("on Tuesday, after the strike began on Monday").
  return !a.spanDates.some((x) => b.spanDates.some((y) => x.value === y.value));
}

/** The one pairwise decision used by the story step and the evaluation. */
export function relateClaims(a: ClaimFrame, b: ClaimFrame): ClaimRelation {
  // Both paths need a shared agent key (sameFrame directly; the scorer's gate on a subset of the
  // keys), so a disjoint pair is unrelated without computing any feature: most pairs of a story.
  if (!sharesAgent(a, b)) return 'unrelated';
  // The strict frame rule, else the learned scorer (gated on a shared agent or event).
  const strict = sameFrame(a, b);
  if (!strict && !scoredAlign(a, b)) return 'unrelated';
  const conflict: ClaimRelation | null = a.negated !== b.negated ? 'polarity' : numbersConflict(a, b) ? 'number' : datesConflict(a, b) ? 'date' : null;
  if (conflict === null) return 'same';
  // A conflict needs the same fact, not just a similar sentence: the same event besides the shared agent.
  // The scorer may align different events of one story ("lines stopped" / "drivers began a strike"); their
  // numbers, dates and negations are about different things, so such a pair is neither same nor conflicting.
  return strict || (a.event === b.event && !LIGHT_EVENTS.has(a.event)) ? conflict : 'unrelated';
}
