import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleParagraphs } from './article-paragraphs.js';
import type { ExtractedPage } from './extracted-page.js';
import { pageMetadata } from './page-metadata.js';

/**
 * Main content and metadata of an HTML page; null when no article body can be found.
 * Readability picks the content container; we keep its element (not its HTML string, which
 * would have to be parsed again) and turn it into paragraphs ourselves.
 */
export function extractHtml(html: string, url: string | null): ExtractedPage | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = pageMetadata(doc);
  const article = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    // Our own JSON-LD reader already ran and knows more shapes (@graph, @id references).
    disableJSONLD: true,
    // Class names are how boilerplate inside the container is recognised (boilerplate.ts).
    keepClasses: true,
  }).parse();
  const paragraphs = articleParagraphs(article?.content ?? null, meta.jsonLd?.articleBody ?? null, [meta.title, article?.title ?? null]);
  if (paragraphs.length === 0) return null;
  return {
    title: meta.title ?? article?.title?.trim() ?? null,
    author: meta.author ?? article?.byline?.trim() ?? null,
    outlet: meta.outlet ?? article?.siteName?.trim() ?? null,
    published: meta.published,
    url: meta.url ?? url,
    description: meta.description ?? article?.excerpt?.trim() ?? null,
    text: paragraphs.join('\n\n'),
  };
}
