import { newArticle, type ArticleDoc } from '../src/model/article.js';
import { analyseDoc } from '../src/nlp/pipeline.js';

/** A small fictional article: one paragraph block per non-empty line, analysed with the full pipeline. */
export function article(id: string, outlet: string | null, text: string, published: string | null = '2025-03-03'): ArticleDoc {
  const blocks: ArticleDoc['blocks'] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return analyseDoc(newArticle({ id, source: `${id}.txt`, contentHash: id, text, blocks, meta: { url: null, outlet, title: null, author: null, published } }));
}
