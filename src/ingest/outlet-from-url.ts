/**
 * Outlet name from a URL's host: a short map of very common news hosts to their usual names,
 * else the registrable domain itself ("news.example-news.com" → "example-news.com"), which is
 * readable and stable enough to tell outlets apart.
 */
const KNOWN_HOSTS: Record<string, string> = {
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'cnn.com': 'CNN',
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'theguardian.com': 'The Guardian',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'nbcnews.com': 'NBC News',
  'foxnews.com': 'Fox News',
  'npr.org': 'NPR',
  'bloomberg.com': 'Bloomberg',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'axios.com': 'Axios',
  'thehill.com': 'The Hill',
  'usatoday.com': 'USA Today',
  'latimes.com': 'Los Angeles Times',
  'aljazeera.com': 'Al Jazeera',
  'france24.com': 'France 24',
  'dw.com': 'DW',
  'afp.com': 'AFP',
  'lemonde.fr': 'Le Monde',
  'spiegel.de': 'Der Spiegel',
  'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph',
  'news.sky.com': 'Sky News',
  'theatlantic.com': 'The Atlantic',
  'newsweek.com': 'Newsweek',
  'time.com': 'Time',
  'cnbc.com': 'CNBC',
  'therecord.media': 'The Record',
  'theverge.com': 'The Verge',
  'wired.com': 'Wired',
  'euronews.com': 'Euronews',
  'abc.net.au': 'ABC News (Australia)',
};

/** Second-level public suffixes common in news hosts (a full public-suffix list is overkill here). */
const TWO_PART_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'co.in', 'co.za',
  'com.br', 'com.cn', 'com.mx', 'com.ar', 'com.tr', 'com.sg', 'com.hk', 'co.kr', 'com.ua', 'go.com',
]);

export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return TWO_PART_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host || /^[\d.]+$|:/.test(host) || host === 'localhost') return null; // IP addresses name no outlet
  const bare = host.replace(/^(?:www\d?|m|amp|mobile|edition|news)\./, '');
  return KNOWN_HOSTS[host] ?? KNOWN_HOSTS[bare] ?? KNOWN_HOSTS[registrableDomain(host)] ?? registrableDomain(host);
}
