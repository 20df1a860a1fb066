import { jsonLdArticle, type JsonLdArticle } from './json-ld.js';
import { normalizeDate } from '../normalize-date.js';
import type { ExtractedPage } from './extracted-page.js';

/**
 * Page metadata from the markup Readability does not read fully: <meta> name/property/itemprop
 * pairs, JSON-LD, <time datetime> and <link rel=canonical>. Collected in one querySelectorAll
 * before Readability runs, because Readability removes scripts and rewrites the tree.
 */

/** Every field of the extracted page but its body, plus the JSON-LD node. */
export interface PageMetadata extends Omit<ExtractedPage, 'text'> {
  /** The JSON-LD article node, kept for its articleBody (used when Readability's body is cut short). */
  jsonLd: JsonLdArticle | null;
}

const SELECTOR = 'meta, link[rel~="canonical"], script[type="application/ld+json"], time[datetime]';

/** Meta keys per field, most specific first. Lowercased; name, property and itemprop share one map. */
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator'];
const PUBLISHED_KEYS = [
  'article:published_time', 'datepublished', 'og:published_time', 'parsely-pub-date', 'sailthru.date', 'pubdate',
  'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'headline'];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description', 'dc.description'];

function first(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}

/** A person's name from a meta value: not a URL or @handle, without a leading "By". */
function personName(value: string | null): string | null {
  if (!value || /^(?:https?:\/\/|@|www\.)/i.test(value)) return null;
  return value.replace(/^by\s+/i, '').trim() || null;
}

const httpUrl = (v: string | null | undefined): string | null => (v && /^https?:\/\//i.test(v.trim()) ? v.trim() : null);

export function pageMetadata(document: Document): PageMetadata {
  const meta = new Map<string, string>();
  const scripts: string[] = [];
  let canonical: string | null = null;
  let timeValue: string | null = null;
  for (const el of Array.from(document.querySelectorAll(SELECTOR))) {
    switch (el.tagName) {
      case 'META': {
        const content = el.getAttribute('content')?.trim();
        if (!content) break;
        for (const attr of ['property', 'name', 'itemprop']) {
          const key = el.getAttribute(attr)?.trim().toLowerCase();
          if (key && !meta.has(key)) meta.set(key, content);
        }
        break;
      }
      case 'LINK':
        canonical ??= httpUrl(el.getAttribute('href'));
        break;
      case 'SCRIPT':
        scripts.push(el.textContent ?? '');
        break;
      case 'TIME':
        // The first <time> in the page is usually the publication time next to the headline.
        timeValue ??= el.getAttribute('datetime');
        break;
    }
  }
  const ld = jsonLdArticle(scripts);
  return {
    title: ld?.headline ?? first(meta, TITLE_KEYS),
    author: ld?.author ?? personName(first(meta, AUTHOR_KEYS)),
    outlet: ld?.publisher ?? first(meta, OUTLET_KEYS),
    published: normalizeDate(ld?.datePublished) ?? normalizeDate(first(meta, PUBLISHED_KEYS)) ?? normalizeDate(timeValue),
    url: canonical ?? httpUrl(meta.get('og:url')) ?? ld?.url ?? null,
    description: first(meta, DESCRIPTION_KEYS) ?? ld?.description ?? null,
    jsonLd: ld,
  };
}
