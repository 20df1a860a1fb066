import type { ArticleDoc } from '../model/article.js';
import type { NumberMention } from '../model/annotation.js';

/**
 * Numbers made comparable across articles: "a 48-hour strike" and "a two-day strike" state the same
 * length, "about 1,200" and "nearly 1,250" may be the same count. Two numbers are only ever compared
 * when they count the same thing (the same unit or counted noun); a number without one is not compared.
 */
export interface Quantity {
  /** Common unit: "h" for second…week, "mo" for month…decade, else the singular counted noun. */
  unit: string;
  value: number;
  /** Written as an estimate ("about", "nearly", "more than"). */
  approximate: boolean;
}

// Exact conversions only: hours and days are interchangeable, days and months are not (28–31 days).
const HOURS: Record<string, number> = { second: 1 / 3600, minute: 1 / 60, hour: 1, day: 24, week: 168 };
const MONTHS: Record<string, number> = { month: 1, year: 12, decade: 120 };
const ESTIMATE = /\b(?:about|around|approximately|roughly|nearly|almost|some|over|more than|fewer than|less than|at least|up to|an estimated|estimated|close to|just over|just under)\s*$/i;
/** Estimates this close to each other (relative difference) are the same figure written twice. */
export const ESTIMATE_TOLERANCE = 0.1;

/** Singular of a regular plural counted noun: "residents" → "resident", "metres" → "metre", "buses" → "bus". */
export function singularUnit(w: string): string {
  const u = w.toLowerCase();
  if (u.length <= 3 || !u.endsWith('s') || /(ss|us|is)$/.test(u)) return u;
  if (/[^aeiou]ies$/.test(u)) return u.slice(0, -3) + 'y';
  if (/(ch|sh|x|ss|us)es$/.test(u)) return u.slice(0, -2);
  return u.slice(0, -1);
}

/** The comparable form of a number mention, or null when it counts nothing named. */
export function quantityOf(doc: ArticleDoc, n: NumberMention): Quantity | null {
  if (n.unit === null) return null;
  const approximate = ESTIMATE.test(doc.text.slice(Math.max(0, n.start - 20), n.start));
  const unit = singularUnit(n.unit);
  if (HOURS[unit] !== undefined) return { unit: 'h', value: n.value * HOURS[unit]!, approximate };
  if (MONTHS[unit] !== undefined) return { unit: 'mo', value: n.value * MONTHS[unit]!, approximate };
  return { unit, value: n.value, approximate };
}

/** Same unit, and the same value (within the tolerance when either is an estimate). */
export function sameQuantity(x: Quantity, y: Quantity): boolean {
  if (x.unit !== y.unit) return false;
  if (x.value === y.value) return true;
  if (!x.approximate && !y.approximate) return false;
  return Math.abs(x.value - y.value) / Math.max(x.value, y.value) <= ESTIMATE_TOLERANCE;
}
