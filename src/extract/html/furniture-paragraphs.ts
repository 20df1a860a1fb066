import * as chrono from 'chrono-node';

/**
 * Paragraphs that survive the DOM walk but are page furniture by their text alone: the headline
 * repeated in the body (it is metadata, kept separately), a bare URL (print headers), and a
 * short publication stamp ("Published November 20th, 2019 - 07:50 GMT", "Updated: Sat 8:31 PM").
 */

const MAX_STAMP_WORDS = 12;
/** A stamp is mostly date: the date expression covers at least this share of the characters. */
const MIN_DATE_SHARE = 0.6;
/** Cheap pre-check before the (slow) date parser: a month name or a numeric d/m/y date. */
const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/i;
const STAMP_WORDS = /\b(?:published|posted|updated|last updated|first published|modified)\b[:\s]*/gi;

export const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function isStamp(paragraph: string): boolean {
  if (!/\d/.test(paragraph) || !DATE_HINT.test(paragraph) || paragraph.split(/\s+/).length > MAX_STAMP_WORDS) return false;
  const rest = paragraph.replace(STAMP_WORDS, '').replace(/[|·•,;:–—-]+/g, ' ').trim();
  // Only calendar dates count: times of day and durations ("30 minutes before bed") are content.
  const dateChars = chrono
    .parse(rest)
    .filter((r) => r.start.isCertain('month') && r.start.isCertain('day'))
    .reduce((n, r) => n + r.text.length, 0);
  return rest.length === 0 || dateChars >= MIN_DATE_SHARE * rest.replace(/\s+/g, '').length;
}

export function isFurnitureParagraph(paragraph: string, titles: ReadonlySet<string>): boolean {
  if (/^https?:\/\/\S+$/.test(paragraph)) return true;
  if (titles.has(comparable(paragraph))) return true;
  return isStamp(paragraph);
}
