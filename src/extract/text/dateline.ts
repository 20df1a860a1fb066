export interface Dateline {
  /** Length of the dateline itself, up to and including its dash or colon. */
  length: number;
  /** Offset where the paragraph proper starts (after the dash and following spaces). */
  bodyStart: number;
  place: string;
  /** Wire agency named in parentheses ("LONDON (Reuters) -"), or null. */
  agency: string | null;
}

/**
 * A news dateline at the start of the first paragraph: a place written in capitals, optionally a
 * region or state ("WASHINGTON, D.C.", "KYIV, Ukraine"), a date ("March 3"), an agency in
 * parentheses, then a dash: "WASHINGTON, D.C. –", "LONDON (Reuters) -", "PARIS, March 3 (AFP) —".
 * The capitals requirement is what separates it from an ordinary sentence opening.
 */
const DATELINE = new RegExp(
  [
    '^(?<place>\\p{Lu}[\\p{Lu}\'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}\'’.\\-]*){0,3})', // WASHINGTON, NEW YORK, ST. LOUIS
    '(?:,\\s*(?:\\p{Lu}[\\p{L}.\']*(?:\\s+\\p{Lu}[\\p{L}.\']*){0,2}))?', // , D.C. / , Ukraine / , New South Wales
    '(?:,\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9}\\.?)(?:,?\\s+\\d{4})?)?', // , March 3
    '(?:\\s*\\((?<agency>[^()]{2,40})\\))?', // (Reuters)
    '\\s*[\\-–—]+(?=\\s)', // the dash, followed by space
  ].join(''),
  'u',
);

const KICKERS = /^(?:EXCLUSIVE|BREAKING(?: NEWS)?|UPDATE[D]?|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|WATCH|LIVE|FACT CHECK|REVIEW|INTERVIEW|PHOTOS?|VIDEO|CORRECTION|URGENT|FLASH|ALERT)$/;

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m || !m.groups) return null;
  const place = m.groups['place']!;
  // Needs at least two capital letters in a row: "I -" or "A -" is not a place.
  if (!/\p{Lu}{2}/u.test(place.replace(/[.'’\-]/g, ''))) return null;
  // Capitalised kickers look like places but label the story instead.
  if (KICKERS.test(place)) return null;
  const length = m[0].length;
  let bodyStart = length;
  while (bodyStart < paragraph.length && /\s/u.test(paragraph[bodyStart]!)) bodyStart++;
  // A dateline introduces a paragraph; nothing after it means it is something else.
  if (bodyStart >= paragraph.length) return null;
  return { length, bodyStart, place: place.trim(), agency: m.groups['agency']?.trim() ?? null };
}
