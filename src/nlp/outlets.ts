/**
 * News outlets and agencies: a small curated list of very common ones (with short forms),
 * plus general patterns for the rest ("… News", "… Times", "a cybersecurity publication").
 */
const CURATED: Record<string, string[]> = {
  'The New York Times': ['New York Times', 'NYT', 'NY Times'],
  'The Washington Post': ['Washington Post', 'WaPo'],
  'The Wall Street Journal': ['Wall Street Journal', 'WSJ'],
  'BBC': ['BBC', 'BBC News'],
  'CNN': ['CNN'],
  'ABC News': ['ABC', 'ABC News'],
  'CBS News': ['CBS', 'CBS News'],
  'NBC News': ['NBC', 'NBC News'],
  'Fox News': ['Fox News', 'Fox'],
  'MSNBC': ['MSNBC'],
  'NPR': ['NPR'],
  'Reuters': ['Reuters'],
  'Associated Press': ['Associated Press', 'AP'],
  'Agence France-Presse': ['Agence France-Presse', 'AFP'],
  'Bloomberg': ['Bloomberg', 'Bloomberg News'],
  'Politico': ['Politico', 'POLITICO'],
  'Axios': ['Axios'],
  'The Guardian': ['Guardian'],
  'Financial Times': ['Financial Times', 'FT'],
  'The Economist': ['Economist'],
  'Le Monde': ['Le Monde'],
  'Der Spiegel': ['Der Spiegel', 'Spiegel'],
  'Al Jazeera': ['Al Jazeera'],
  'The Hill': ['The Hill'],
  'USA Today': ['USA Today'],
  'Los Angeles Times': ['Los Angeles Times', 'LA Times'],
  'The Record': ['The Record'],
  'Breitbart News': ['Breitbart', 'Breitbart News'],
  'TASS': ['TASS'],
  'Interfax': ['Interfax'],
  'Xinhua': ['Xinhua'],
  'Kyiv Independent': ['Kyiv Independent'],
  'The Atlantic': ['The Atlantic'],
  'Time': ['Time magazine'],
  'Newsweek': ['Newsweek'],
  'Vox': ['Vox'],
  'ProPublica': ['ProPublica'],
  'Semafor': ['Semafor'],
  'Daily Mail': ['Daily Mail'],
  'The Telegraph': ['Telegraph'],
  'The Independent': ['The Independent'],
  'Sky News': ['Sky News'],
  'Deutsche Welle': ['Deutsche Welle', 'DW'],
  'The Intercept': ['The Intercept'],
  'Wired': ['Wired'],
};

export interface OutletMatch {
  start: number;
  end: number;
  name: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ALIAS_TO_NAME = new Map<string, string>();
for (const [name, aliases] of Object.entries(CURATED)) for (const a of [name, ...aliases]) ALIAS_TO_NAME.set(a.toLowerCase(), name);
const ALIASES = [...ALIAS_TO_NAME.keys()].sort((a, b) => b.length - a.length);
// Short forms that are ordinary words need their capitals ("the Post", "Time magazine", "Fox").
const CURATED_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(${ALIASES.map((a) => escapeRegExp(a).replace(/^the\s+/i, '')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/** "… News", "… Times", "the Harlow Bay Ledger": capitalised names ending in a typical outlet word. */
const PATTERN_RE = /(?<![\p{L}])(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&'-]*\s+){1,3}(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Daily|Magazine|Review|Observer|Independent|Insider|Wire|Record|Examiner|Courier|Dispatch|Monitor|Reporter|Bulletin|Standard|Express|Mirror|Sun|Star|Globe|Press|Register|Inquirer|Beacon|Caller|Free Beacon|Ledger|Sentinel|Enquirer|Advertiser|Radio)(?![\p{L}])/gu;
/** Common nouns that stand for an outlet ("a cybersecurity publication", "the newspaper"). */
export const OUTLET_NOUNS = /\b(?:publication|newspaper|paper|outlet|broadcaster|news agency|news site|website|magazine|network|daily|tabloid|channel|news outlet)\b/i;

/** Outlet names in text[from, to), longest match first; curated names map to their canonical form. */
export function findOutlets(text: string, from = 0, to = text.length): OutletMatch[] {
  const slice = text.slice(0, to);
  const out: OutletMatch[] = [];
  const taken = (s: number, e: number) => out.some((o) => o.start < e && s < o.end);
  const curated = new RegExp(CURATED_RE.source, 'giu');
  curated.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = curated.exec(slice)) !== null) {
    const alias = m[1]!;
    const lowerAlias = alias.toLowerCase();
    const hasThe = /^the\s/i.test(m[0]);
    const key = ALIAS_TO_NAME.has(lowerAlias) ? lowerAlias : `the ${lowerAlias}`;
    const name = ALIAS_TO_NAME.get(hasThe && ALIAS_TO_NAME.has(`the ${lowerAlias}`) ? `the ${lowerAlias}` : key);
    if (!name) continue;
    // ordinary words must be written capitalised to count ("the post office" is not The Washington Post)
    if (!/^\p{Lu}/u.test(alias)) continue;
    if (/^(Post|Times|Journal|Fox|AP|FT|DW|Wired|Time|Vox|Guardian)$/.test(alias) && !hasThe && !/^(AP|FT|DW|Fox)$/.test(alias)) continue;
    out.push({ start: m.index + m[0].length - alias.length - (hasThe && !/^the\s/i.test(alias) ? 0 : 0), end: m.index + m[0].length, name });
    const last = out[out.length - 1]!;
    if (hasThe) last.start = m.index;
  }
  const pattern = new RegExp(PATTERN_RE.source, 'gu');
  pattern.lastIndex = from;
  while ((m = pattern.exec(slice)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (taken(s, e)) continue;
    const name = m[0].replace(/^the\s+/, 'The ');
    out.push({ start: s, end: e, name: ALIAS_TO_NAME.get(name.toLowerCase()) ?? ALIAS_TO_NAME.get(name.replace(/^The\s+/, '').toLowerCase()) ?? name });
  }
  out.sort((a, b) => a.start - b.start);
  // "The Post" after "The New York Post": a one-word short form refers back to the full name it ends
  out.forEach((o, i) => {
    const short = o.name.match(/^The (\p{Lu}\p{L}+)$/u);
    if (!short) return;
    const full = out.slice(0, i).reverse().find((p) => p.name !== o.name && p.name.endsWith(' ' + short[1]));
    if (full) o.name = full.name;
  });
  return out;
}

/** The comparable form of an outlet name: its canonical curated name, lower case, no leading "the", no dots. */
export function outletKey(name: string): string {
  const bare = name.trim().replace(/\s+/g, ' ');
  const canonical = ALIAS_TO_NAME.get(bare.toLowerCase()) ?? ALIAS_TO_NAME.get(bare.replace(/^the\s+/i, '').toLowerCase()) ?? bare;
  return canonical.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '');
}

/** Do two outlet names name the same outlet ("The Valley Standard" = "Valley Standard", "NYT" = "The New York Times")? */
export function sameOutlet(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && outletKey(a) === outletKey(b);
}
