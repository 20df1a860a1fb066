import type { ArticleDoc } from '../model/article.js';
import { analysedSentences, annotationsOf } from '../model/article.js';
import type { NumberMention } from '../model/annotation.js';
import { spansOverlap } from '../model/span.js';
import { DURATION_UNITS, SCALES, UNITS, VAGUE, wordsValue } from './number-words.js';

const WORD = Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an').concat(Object.keys(SCALES)).join('|');
// Digits (with separators and a scale word), spelled-out numbers, or vague plurals; then an optional unit.
const NUMBER = new RegExp(
  String.raw`(?<cur>[$€£])?(?<digits>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s+(?<scale>hundred|thousand|million|billion|trillion)\b)?(?<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?` +
    String.raw`|\b(?<words>(?:(?:${WORD})(?:-(?:${WORD}))?)(?:\s+(?:and\s+)?(?:${WORD})(?:-(?:${WORD}))?)*)\b(?<wpct>\s+percent\b|\s+per\s?cent\b)?` +
    String.raw`|\b(?<vague>dozens|scores|hundreds|thousands|millions|billions)\b`,
  'gi',
);
// "860 of its members", "all 14 of the city's lines": the counted noun follows the partitive "of" and a determiner or possessive.
const NOUN_AFTER = /^\s+(?:of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?)?(?:(?:more|other|new|additional|active|U\.S\.|American)\s+)?([\p{L}][\p{L}-]*)/u;
// "a 48-hour strike", "a two-day visit": a hyphenated time unit is the unit.
const HYPHEN_UNIT = /^-(\p{L}+)/u;
const NOT_UNIT = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'the', 'a', 'an', 'who', 'which', 'that', 'were', 'was', 'are', 'is', 'had', 'have', 'percent']);

function unitAfter(rest: string): string | null {
  const h = HYPHEN_UNIT.exec(rest);
  if (h) return DURATION_UNITS[h[1]!.toLowerCase()] ?? null;
  const m = NOUN_AFTER.exec(rest);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  if (NOT_UNIT.has(w)) return null;
  return DURATION_UNITS[w] ?? w;
}

/** Number mentions in one piece of text; `offset` is added to spans. */
export function findNumbers(text: string, offset: number): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const g = m.groups ?? {};
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(0, start);
    const rest = text.slice(end);
    let value: number | null;
    let unit: string | null = null;
    if (g.digits !== undefined) {
      // Names and codes, not quantities: "Nord Stream 2" (after a capitalised word inside the sentence), "F-35", "COVID-19".
      const prev = /(\S+)\s+$/.exec(before);
      if (prev && /^\p{Lu}/u.test(prev[1]!) && before.trim().length > prev[1]!.length) continue;
      if (/[\p{L}\d][-/.]?$/u.test(before)) continue;
      value = Number(g.digits.replace(/,/g, ''));
      if (g.scale) value *= SCALES[g.scale.toLowerCase()]!;
      if (!g.cur && !g.pct && !g.scale && /^\d{4}$/.test(g.digits) && value >= 1900 && value <= 2100) continue; // a year
      unit = g.pct ? 'percent' : g.cur ? { $: 'USD', '€': 'EUR', '£': 'GBP' }[g.cur] ?? null : unitAfter(rest);
    } else if (g.words !== undefined) {
      const words = g.words.split(/\s+/);
      // Capitalised number words inside a name ("World War Three"), not at a sentence start.
      if (/^\p{Lu}/u.test(g.words) && /\p{Lu}\p{L}*\s$/u.test(before)) continue;
      value = wordsValue(words);
      if (value === null) continue;
      // "one" is mostly a pronoun or determiner ("one official"); keep it for durations and percentages.
      if (words.length === 1 && g.words.toLowerCase() === 'one' && !g.wpct && !(unitAfter(rest) ?? '').match(/^(second|minute|hour|day|week|month|year|decade)$/)) continue;
      unit = g.wpct ? 'percent' : unitAfter(rest);
    } else {
      value = VAGUE[g.vague!.toLowerCase()]!;
      unit = unitAfter(rest);
    }
    out.push({ kind: 'number', start: offset + start, end: offset + end, value, unit });
  }
  return out;
}

/** Document step `numbers`: NumberMention annotations in analysed sentences, outside date mentions. */
export function annotateNumbers(doc: ArticleDoc): void {
  const dates = annotationsOf(doc, 'date');
  for (const s of analysedSentences(doc)) {
    for (const n of findNumbers(doc.text.slice(s.start, s.end), s.start)) {
      if (!dates.some((d) => spansOverlap(d, n))) doc.annotations.push(n);
    }
  }
}
