import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { CrosscheckError } from '../errors.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** The date as written in the feed (normalised later). */
  published: string | null;
  author: string | null;
  /** content:encoded, content, description or summary, as HTML; null when the item has none. */
  html: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'category'].includes(name),
});
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** RSS 2.0, RSS 1.0 (RDF) and Atom. Malformed XML → CC_MALFORMED_XML naming the line. */
export function parseFeed(xml: string, input: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new CrosscheckError('CC_MALFORMED_XML', [`${input}: line ${valid.err.line}: ${valid.err.msg}`]);
  const doc = parser.parse(xml) as Node;
  const rss = obj(doc['rss']);
  if (rss) {
    const channel = obj(rss['channel']) ?? {};
    return { title: text(channel['title']), items: list(channel['item']).map(rssItem) };
  }
  const rdf = obj(doc['rdf:RDF']);
  if (rdf) return { title: text(obj(rdf['channel'])?.['title']), items: list(rdf['item']).map(rssItem) };
  const feed = obj(doc['feed']);
  if (feed) return { title: text(feed['title']), items: list(feed['entry']).map(atomEntry) };
  throw new CrosscheckError('CC_MALFORMED_XML', [`${input}: no <rss>, <feed> or <rdf:RDF> root`]);
}

function rssItem(item: Node): FeedItem {
  return {
    title: text(item['title']),
    link: text(list(item['link'])[0]) ?? permalink(item['guid']),
    published: text(item['pubDate']) ?? text(item['dc:date']) ?? text(item['published']) ?? text(item['updated']),
    author: text(list(item['dc:creator'])[0]) ?? text(list(item['author'])[0]),
    html: text(item['content:encoded']) ?? text(item['description']) ?? text(item['content']) ?? text(item['summary']),
  };
}

function atomEntry(entry: Node): FeedItem {
  const links = list(entry['link']);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return {
    title: text(entry['title']),
    link: alternate ? text(alternate['@_href']) : null,
    published: text(entry['published']) ?? text(entry['updated']),
    author: text(obj(list(entry['author'])[0])?.['name']),
    html: text(entry['content']) ?? text(entry['summary']),
  };
}

/** Text of an element: plain string, {#text}, or (Atom type="xhtml") child markup rebuilt. */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  const o = obj(v);
  if (!o) return null;
  if (typeof o['#text'] === 'string' || typeof o['#text'] === 'number') return String(o['#text']).trim() || null;
  const children = Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('@_')));
  if (Object.keys(children).length === 0) return null;
  const built = String(builder.build(children)).trim();
  return built || null;
}

function permalink(guid: unknown): string | null {
  const g = obj(guid);
  const value = text(guid);
  if (!value || !/^https?:\/\//i.test(value)) return null;
  return g && g['@_isPermaLink'] === 'false' ? null : value;
}

function obj(v: unknown): Node | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : null;
}

function list(v: unknown): Node[] {
  const arr = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return arr.map((x) => (typeof x === 'string' ? { '#text': x } : (obj(x) ?? {})));
}
