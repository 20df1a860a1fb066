import type { Discrepancy } from '../../model/dossier.js';
import type { GoldSpan } from '../align/gold.js';
import type { GoldDiscrepancyItem } from './gold.js';

const overlaps = (s: GoldSpan, article: string, start: number, end: number) => s[0] === article && start < s[2] && s[1] < end;

/** The gold spans a reported discrepancy's evidence touches. */
function touched(d: Discrepancy, item: GoldDiscrepancyItem): GoldSpan[] {
  return item.in.filter((s) => d.evidence.some((e) => overlaps(s, e.article, e.start, e.end)));
}

/** Lower-case, curly quotes straight, so "1,200" and "Deputy" are found as written. */
const fold = (t: string) => t.toLowerCase().replace(/[’‘]/g, "'");

/**
 * A reported discrepancy is the gold item when it is of the same kind, its evidence touches two of
 * the item's spans (in two articles when the item spans articles; an internal one within its
 * article), and, when the item lists its values, its sides show at least two of them.
 */
export function matchesGold(d: Discrepancy, item: GoldDiscrepancyItem): boolean {
  if (d.kind !== item.kind) return false;
  const hit = touched(d, item);
  if (hit.length < 2) return false;
  const itemArticles = new Set(item.in.map((s) => s[0]));
  if (itemArticles.size > 1 && new Set(hit.map((s) => s[0])).size < 2) return false;
  if (!item.values || item.values.length === 0) return true;
  const sides = fold(d.sides.map((s) => s.value).join(' | '));
  const wordAt = (v: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${fold(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  return item.values.filter((v) => wordAt(v).test(sides)).length >= 2;
}
