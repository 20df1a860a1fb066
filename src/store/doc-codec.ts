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

/**
 * What the store writes of an analysed article: its metadata columns, its text (the search index)
 * and the whole document encoded. An analysis worker sends this instead of the document, so the
 * thread that stores gets one string rather than an object graph with every token to clone.
 */
export type StoredDoc = Omit<ArticleDoc, 'blocks' | 'tokens' | 'sentences' | 'annotations' | 'messages'> & { encoded: string };

export function storedDoc(doc: ArticleDoc): StoredDoc {
  const { id, source, contentHash, text, url, outlet, title, author, published } = doc;
  return { id, source, contentHash, text, url, outlet, title, author, published, encoded: encodeDoc(doc) };
}
