/**
 * The article node of a page's JSON-LD (schema.org). Pages nest it in arrays, in `@graph`, or
 * under `mainEntity`, and refer to authors/publishers by `@id`; all of these are resolved here.
 * Broken JSON in one script is skipped (publishers often ship invalid JSON-LD).
 */

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
  description: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)$/;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object reachable through arrays, @graph and mainEntity, in document order. */
function collect(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out);
    if (value['mainEntity'] !== undefined) collect(value['mainEntity'], out);
  }
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  return null;
}

/** Names of a person/organisation value: a string, an object with `name`, an `@id` reference, or a list of those. */
function names(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId));
  if (typeof v === 'string') return v.trim() && !/^https?:\/\//.test(v) ? [v.trim()] : [];
  if (!isObject(v)) return [];
  const name = text(v['name']);
  if (name) return [name];
  const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
  return ref && ref !== v ? names(ref, byId) : [];
}

/** Parses one or more JSON-LD script texts; null when none holds an article node. */
export function jsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const source of scripts) {
    try {
      collect(JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json, nodes);
    } catch {
      // Invalid JSON-LD is common; the other sources of metadata still apply.
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  const authors = [...new Set(names(article['author'], byId))];
  const url = text(article['url']) ?? (isObject(article['mainEntityOfPage']) ? text(article['mainEntityOfPage']['@id']) : text(article['mainEntityOfPage']));
  return {
    headline: text(article['headline']) ?? text(article['name']),
    datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
    author: authors.length > 0 ? authors.join(', ') : null,
    publisher: names(article['publisher'], byId)[0] ?? null,
    articleBody: text(article['articleBody']),
    url: url && /^https?:\/\//.test(url) ? url : null,
    description: text(article['description']),
  };
}
