/** English number words and their values; used by the numbers step and by claim comparison. */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, a: 1, an: 1,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Vague plurals: "hundreds of", "thousands of". The value is the order of magnitude. */
export const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

/** Time units, normalised to the singular. */
export const DURATION_UNITS: Record<string, string> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
};

/** Value of a run of number words ("two hundred thousand", "twenty-five"), or null. */
export function wordsValue(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const raw of words) {
    for (const w of raw.toLowerCase().split('-')) {
      if (w in UNITS) {
        current += UNITS[w]!;
        any = true;
      } else if (w in SCALES) {
        current = (current || 1) * SCALES[w]!;
        if (SCALES[w]! >= 1000) {
          total += current;
          current = 0;
        }
        any = true;
      } else if (w !== 'and') return null;
    }
  }
  return any ? total + current : null;
}
