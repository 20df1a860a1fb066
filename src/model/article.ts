import type { Annotation, AnnotationKind, AnnotationOf } from './annotation.js';
import type { Message } from './message.js';
import type { Span } from './span.js';

/** How a line or paragraph of the text is used. Only `paragraph` blocks are analysed. */
export type BlockKind = 'title' | 'byline' | 'dateline' | 'heading' | 'paragraph' | 'boilerplate' | 'caption';

export interface Block extends Span {
  kind: BlockKind;
}

export interface Token extends Span {}

export interface Sentence extends Span {
  /** Index of the block that holds the sentence. */
  block: number;
  /** Tokens [tokenStart, tokenEnd) of `ArticleDoc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

/** Metadata known before analysis: from the input (JSONL fields, feed items) or from extraction. */
export interface ArticleMeta {
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time, or null when unknown. */
  published: string | null;
}

/**
 * The central document. Ingest and extract fill `text`, `blocks` and the metadata;
 * each nlp step adds tokens, sentences or annotations that point at spans of `text`.
 */
export interface ArticleDoc extends ArticleMeta {
  /** The JSONL `id` when given, else derived from the content hash. */
  id: string;
  /** The input as given: a file path, URL, or `file.jsonl#<id>`. */
  source: string;
  /** sha256 of the raw input, hex. */
  contentHash: string;
  /** The article text that every span indexes. */
  text: string;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
  annotations: Annotation[];
  messages: Message[];
}

export function newArticle(init: { id: string; source: string; contentHash: string; text: string; meta: ArticleMeta; blocks: Block[] }): ArticleDoc {
  return {
    ...init.meta,
    id: init.id,
    source: init.source,
    contentHash: init.contentHash,
    text: init.text,
    blocks: init.blocks,
    tokens: [],
    sentences: [],
    annotations: [],
    messages: [],
  };
}

export function annotationsOf<K extends AnnotationKind>(doc: ArticleDoc, kind: K): AnnotationOf<K>[] {
  return doc.annotations.filter((a): a is AnnotationOf<K> => a.kind === kind);
}

/** Record a positioned content problem on the document (never throw for content). */
export function message(doc: ArticleDoc, span: Span, ruleId: string, reason: string, severity: Message['severity'] = 'warning'): Message {
  const m: Message = { start: span.start, end: span.end, ruleId, reason, severity };
  doc.messages.push(m);
  return m;
}

/** Sentences that lie in analysed (paragraph) blocks. */
export function analysedSentences(doc: ArticleDoc): Sentence[] {
  return doc.sentences.filter((s) => doc.blocks[s.block]?.kind === 'paragraph');
}

/** The text of the analysed (paragraph) blocks, joined by blank lines. */
export function analysedText(doc: ArticleDoc): string {
  return doc.blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => doc.text.slice(b.start, b.end))
    .join('\n\n');
}
