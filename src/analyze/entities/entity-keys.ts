import { institutionKey } from '../institution-aliases.js';

/** Lower case, no possessive, no dots ("U.S." → "us"), no leading "the", single spaces. */
export function normalKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/\./g, '')
    .replace(/[“”"‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const COUNTRY_PREFIX = /^(us|u s|united states|american) /;

/**
 * The key under which organisation and place variants meet: the curated institution group, else
 * the name without a leading "US"/"United States" when a distinctive name remains
 * ("US Cyber Command" = "Cyber Command").
 */
export function groupKey(name: string): string {
  const k = normalKey(name);
  const known = institutionKey(k);
  if (known) return known;
  const bare = k.replace(COUNTRY_PREFIX, '');
  if (bare !== k && bare.includes(' ')) return institutionKey(bare) ?? bare;
  return k;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** Acronyms a name may be written as: initials with and without its function words ("dod", "dd"). */
export function initialisms(key: string): string[] {
  const words = key.split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  const content = words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w[0]).join('');
  return all === content ? [all] : [all, content];
}

/** Whether `short` is written as an acronym (2–6 capitals, optionally dotted, maybe one lower-case letter: "DoD"). */
export function looksLikeAcronym(surface: string): boolean {
  const bare = surface.replace(/\./g, '');
  return /^[\p{Lu}][\p{Lu}\p{Ll}]{1,5}$/u.test(bare) && (bare.match(/\p{Lu}/gu) ?? []).length >= Math.max(2, bare.length - 1);
}

/** Levenshtein distance, for spotting misspelt given names. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}
