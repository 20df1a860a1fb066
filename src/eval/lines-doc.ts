import { createHash } from 'node:crypto';
import { newArticle, type ArticleDoc, type Block } from '../model/article.js';

/**
 * A document over raw text with one paragraph block per non-empty line, so that every offset
 * indexes the raw text exactly (what span-level evaluation against standoff annotation needs).
 */
export function docFromLines(id: string, text: string, source = id): ArticleDoc {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind: 'paragraph', start, end });
  }
  const contentHash = createHash('sha256').update(text).digest('hex');
  return newArticle({ id, source, contentHash, text, blocks, meta: { url: null, outlet: null, title: null, author: null, published: null } });
}
