import type { ClaimFrame } from './claim-frame.js';
import { scoredAlign } from './claim-scorer.js';

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

/** Do the claims agree on who did what to what? Shared words alone are not enough. */
export function sameFrame(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.event !== b.event || a.event === '' || a.event === 'be' || a.event === 'have') return false;
  if (shared(a.agents, b.agents) === 0) return false;
  const n = shared(a.theme, b.theme);
  const small = Math.min(a.theme.size, b.theme.size);
  return small === 0 ? false : n >= MIN_SHARED_THEME && n / small >= MIN_THEME_OVERLAP;
}

/** Two counts of the same thing that differ: same unit, different value; vague plurals ("hundreds") never conflict. */
export function numbersConflict(a: ClaimFrame, b: ClaimFrame): boolean {
  const vague = (v: number) => v === 12 || v === 100 || v === 1000 || v === 1e6;
  for (const x of a.numbers) {
    for (const y of b.numbers) {
      if (x.unit === y.unit && x.value !== y.value && !(vague(x.value) && vague(y.value))) {
        const sameValueElsewhere = b.numbers.some((z) => z.unit === x.unit && z.value === x.value);
        if (!sameValueElsewhere) return true;
      }
    }
  }
  return false;
}

export function datesConflict(a: ClaimFrame, b: ClaimFrame): boolean {
  if (a.dates.length === 0 || b.dates.length === 0) return false;
  return !a.dates.some((x) => b.dates.some((y) => x.value === y.value));
}

/** The one pairwise decision used by the story step and the evaluation. */
export function relateClaims(a: ClaimFrame, b: ClaimFrame): ClaimRelation {
  // The strict frame rule, else the learned scorer (gated on a shared agent or event).
  if (!sameFrame(a, b) && !scoredAlign(a, b)) return 'unrelated';
  if (a.negated !== b.negated) return 'polarity';
  if (numbersConflict(a, b)) return 'number';
  if (datesConflict(a, b)) return 'date';
  return 'same';
}
