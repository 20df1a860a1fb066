import type { ArticleDoc } from '../model/article.js';
import { CrosscheckError } from '../errors.js';
import { tokenizeText } from '../nlp/tokenize.js';
import { analysisStamp } from './analysis-stamp.js';

/** An encoded document: the document without its tokens, plus how many there were. */
type Encoded = ArticleDoc & { tokenCount?: number };

/**
 * Documents are stored without their tokens: tokenisation is deterministic and cheaper to redo than
 * to store. The token count is kept so that decoding can tell when today's tokenizer no longer
 * gives the tokens the stored sentences index (the stamp should have caught it first).
 */
export function encodeDoc(doc: ArticleDoc): string {
  const encoded: Encoded = { ...doc, tokens: [], tokenCount: doc.tokens.length };
  return JSON.stringify(encoded);
}

export function decodeDoc(json: string): ArticleDoc {
  const encoded = JSON.parse(json) as Encoded;
  const { tokenCount, ...doc } = encoded;
  doc.tokens = doc.blocks.flatMap((b) => tokenizeText(doc.text, b.start, b.end));
  // Only sentences index tokens (a document stored unanalysed has none). Documents encoded before
  // the count was kept have none to compare: their stamp makes them stale.
  if (tokenCount !== undefined && doc.sentences.length > 0 && tokenCount !== doc.tokens.length)
    throw new CrosscheckError('CC_STALE_ANALYSIS', [`article ${doc.id} was tokenized into ${tokenCount} tokens, today's tokenizer gives ${doc.tokens.length}`]);
  return doc;
}

/**
 * The stored document as ingest left it, before any analysis: text, blocks, metadata and the
 * messages ingest itself records. What `crosscheck rebuild` analyses again.
 */
export function analysisInputOf(json: string): ArticleDoc {
  const { tokenCount: _count, ...doc } = JSON.parse(json) as Encoded;
  return { ...doc, tokens: [], sentences: [], annotations: [], messages: doc.messages.filter((m) => INGEST_RULES.has(m.ruleId)) };
}

/** The rule ids of the messages ingest writes (src/ingest/doc-from-text.ts, ingest-feed.ts); analysis steps add the rest. */
const INGEST_RULES: ReadonlySet<string> = new Set(['published-from-text', 'published-unparsed', 'feed-summary-only']);

/**
 * What the store writes of an analysed article: its metadata columns, its text (the search index),
 * the whole document encoded, and the analysis stamp of the code that analysed it. An analysis
 * worker sends this instead of the document, so the thread that stores gets one string rather
 * than an object graph with every token to clone.
 */
export type StoredDoc = Omit<ArticleDoc, 'blocks' | 'tokens' | 'sentences' | 'annotations' | 'messages'> & { encoded: string; stamp: string };

export function storedDoc(doc: ArticleDoc): StoredDoc {
  const { id, source, contentHash, text, url, outlet, title, author, published } = doc;
  return { id, source, contentHash, text, url, outlet, title, author, published, encoded: encodeDoc(doc), stamp: analysisStamp() };
}
