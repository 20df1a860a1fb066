/**
 * Very common institutions and outlets that news writes in several ways. Each group lists
 * normalised keys (lower case, no dots, no leading "the") of one institution. General rules in
 * entity-keys.ts (acronyms, dropping "US", suffixes) cover most other variants.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['united states', 'us', 'usa', 'united states of america', 'america'],
  ['united kingdom', 'uk', 'britain', 'great britain'],
  ['european union', 'eu'],
  ['united nations', 'un'],
  ['pentagon', 'department of defense', 'defense department', 'dod', 'us department of defense', 'department of war', 'war department'],
  ['state department', 'department of state', 'us state department'],
  ['justice department', 'department of justice', 'doj'],
  ['department of homeland security', 'homeland security department', 'dhs'],
  ['federal bureau of investigation', 'fbi'],
  ['central intelligence agency', 'cia'],
  ['national security agency', 'nsa'],
  ['cyber command', 'us cyber command', 'cybercom', 'uscybercom'],
  ['north atlantic treaty organization', 'nato'],
  ['new york times', 'nyt', 'ny times', 'new york times co'],
  ['washington post', 'wapo', 'post'],
  ['wall street journal', 'wsj'],
  ['associated press', 'ap'],
  ['agence france-presse', 'afp'],
  ['british broadcasting corporation', 'bbc', 'bbc news'],
  ['cnn', 'cable news network'],
  ['cbs', 'cbs news'],
  ['nbc', 'nbc news'],
  ['abc', 'abc news'],
  ['reuters', 'thomson reuters'],
  ['white house', 'us white house'],
  ['kremlin', 'russian presidency'],
];

const CANONICAL_KEY = new Map<string, string>();
for (const g of GROUPS) for (const k of g) CANONICAL_KEY.set(k, g[0]!);

/** The group key of a normalised name when it is a known institution variant, else null. */
export function institutionKey(key: string): string | null {
  return CANONICAL_KEY.get(key) ?? null;
}
