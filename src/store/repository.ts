import type { ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';
import type { StoredDoc } from './doc-codec.js';
import type { StoredStory } from './summary.js';
import type { FingerprintRow } from '../cluster/types.js';

// The fingerprint row belongs to the clusterer; the store only keeps it, so the backends take it from here.
export type { FingerprintRow };

export interface StorySummary {
  id: string;
  headline: string;
  articleCount: number;
  outletCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  corroborated: number;
  disputed: number;
  discrepancies: number;
  updatedAt: string;
}

export interface StoryQuery {
  q?: string;
  from?: string;
  to?: string;
  sort?: 'size' | 'recency' | 'disputes';
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  articleId: string;
  storyId: string | null;
  title: string | null;
  outlet: string | null;
  snippet: string;
}

/** How many stored rows another analysis wrote (another stamp, or none: a database from before stamps). */
export interface Staleness {
  articles: number;
  stories: number;
}

/** A stored article's id and encoded document (doc-codec), for re-analysis. */
export interface EncodedArticle {
  id: string;
  encoded: string;
}

/** One write of the serial store stage; a batch applies them in stream order. */
export type StoreWrite =
  | { kind: 'article'; doc: StoredDoc; raw: string; fingerprint: FingerprintRow }
  | { kind: 'merge'; from: string; into: string; reason: string }
  | { kind: 'move'; articleIds: readonly string[]; from: string; into: string; reason: string };

/**
 * The narrow storage interface. The pipeline only talks to this; SQLite implements it today,
 * PostgreSQL later. All methods are async so that network databases fit the same shape.
 */
export interface Repository {
  /** Id of an article already stored with this content hash, or null. */
  findByHash(contentHash: string): Promise<string | null>;
  /**
   * Store one analysed article with its raw input and clustering fingerprint, atomically:
   * afterwards it is either fully stored or not at all.
   */
  saveArticle(doc: ArticleDoc, raw: string, fingerprint: FingerprintRow): Promise<void>;
  /**
   * Apply `writes` in order in one transaction: afterwards all of them are stored or none (a crash
   * loses the whole batch, which re-ingesting redoes). Cheaper than one transaction per write.
   */
  saveBatch(writes: readonly StoreWrite[]): Promise<void>;
  getArticle(id: string): Promise<ArticleDoc | null>;
  getRaw(id: string): Promise<string | null>;
  articlesOfStory(storyId: string): Promise<ArticleDoc[]>;
  /** The same documents still encoded (doc-codec), for decoding off the calling thread. */
  encodedArticlesOfStory(storyId: string): Promise<string[]>;
  /** Move every article of `from` into `into` and record the merge. */
  mergeStories(from: string, into: string, reason: string): Promise<void>;
  /**
   * Move some articles of story `from` into story `into` (the clusterer split a story that held
   * two events); both stories are marked dirty. Ids not stored under `from` are left alone.
   */
  moveArticles(articleIds: readonly string[], from: string, into: string, reason: string): Promise<void>;
  /** Stories whose articles changed since their dossier was last saved (survives a crash). */
  dirtyStories(): Promise<string[]>;
  /** Save a story's dossier (`storedStory(buildStory(…))`) and mark it clean. */
  saveStory(story: StoredStory): Promise<void>;
  /** The dossier, validated against the dossier schema (CC_DOSSIER_INVALID when it does not match). */
  getStory(id: string): Promise<Story | null>;
  listStories(query: StoryQuery): Promise<StorySummary[]>;
  searchArticles(q: string, limit: number): Promise<SearchHit[]>;
  /** Fingerprints of articles whose day is >= `sinceDay` (and all undated ones). */
  fingerprintsSince(sinceDay: number | null): Promise<FingerprintRow[]>;
  /** The newest fingerprint day, or null when nothing dated is stored. */
  latestDay(): Promise<number | null>;
  counts(): Promise<{ articles: number; stories: number }>;
  /** Articles and dossiers whose stamp is not `stamp` (src/store/analysis-stamp.ts). */
  staleness(stamp: string): Promise<Staleness>;
  /** Up to `limit` articles whose stamp is not `stamp`, with ids after `afterId`, by id (a resumable scan). */
  staleArticles(stamp: string, afterId: string, limit: number): Promise<EncodedArticle[]>;
  /**
   * Replace the analysis of stored articles (same id, text, story and fingerprint) with `docs` and
   * their stamps, in one transaction; their stories are marked dirty in it, so a crash before the
   * dossiers are rebuilt leaves them to the next run.
   */
  saveReanalysed(docs: readonly StoredDoc[]): Promise<void>;
  /** Mark dirty every story whose dossier has another stamp than `stamp`; returns how many. */
  markStaleStoriesDirty(stamp: string): Promise<number>;
  close(): Promise<void>;
}
