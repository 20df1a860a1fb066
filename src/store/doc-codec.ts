import type { ArticleDoc } from '../model/article.js';
import { tokenizeText } from '../nlp/tokenize.js';

/** Documents are stored without their tokens: tokenisation is deterministic and cheaper to redo than to store. */
export function encodeDoc(doc: ArticleDoc): string {
  return JSON.stringify({ ...doc, tokens: [] });
}

export function decodeDoc(json: string): ArticleDoc {
  const doc = JSON.parse(json) as ArticleDoc;
  doc.tokens = doc.blocks.flatMap((b) => tokenizeText(doc.text, b.start, b.end));
  return doc;
}
