import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedPage } from './extracted-page.js';

/** Main content and metadata of an HTML page; null when no article body can be found. */
export function extractHtml(html: string, url: string | null): ExtractedPage | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article || !article.textContent?.trim()) return null;
  return {
    title: article.title ?? null,
    author: article.byline ?? null,
    outlet: article.siteName ?? null,
    published: article.publishedTime ?? null,
    url,
    text: article.textContent.trim(),
  };
}
