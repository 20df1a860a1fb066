import { blockParagraphs } from './block-text.js';
import { comparable, isFurnitureParagraph } from './furniture-paragraphs.js';

/**
 * The body paragraphs: Readability's container walked block by block, or the JSON-LD
 * articleBody when Readability found nothing or clearly too little (it sometimes settles on
 * one section of a long article). JSON-LD bodies are often teasers, so they only win when
 * they are substantially longer.
 */

/** JSON-LD body must have this many times the words of Readability's to replace it. */
const JSON_LD_LONGER = 2;

const wordCount = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);

function jsonLdParagraphs(body: string): string[] {
  const plain = body.includes('<') ? body.replace(/<\/(?:p|div|h[1-6]|li)>|<br\s*\/?>/gi, '\n\n').replace(/<[^>]+>/g, '') : body;
  return plain
    .split(/\n\s*\n|\r\n\s*\r\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function articleParagraphs(content: Element | null, jsonLdBody: string | null, titles: readonly (string | null)[]): string[] {
  const titleKeys = new Set(titles.filter((t): t is string => !!t).map(comparable));
  const fromDom = content ? blockParagraphs(content).filter((p) => !isFurnitureParagraph(p, titleKeys)) : [];
  if (!jsonLdBody) return fromDom;
  const fromJsonLd = jsonLdParagraphs(jsonLdBody);
  return wordCount(fromJsonLd) > JSON_LD_LONGER * wordCount(fromDom) ? fromJsonLd : fromDom;
}
