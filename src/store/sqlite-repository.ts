import Database from 'better-sqlite3';
import type { ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';
import { CrosscheckError } from '../errors.js';
import { decodeDoc, storedDoc, type StoredDoc } from './doc-codec.js';
import { migrations } from './migrations.js';
import { readDossier } from './read-dossier.js';
import type { EncodedArticle, FingerprintRow, Repository, SearchHit, Staleness, StoreWrite, StoryQuery, StorySummary } from './repository.js';
import { searchTerms } from './search-terms.js';
import { codeSqliteErrors, sqliteError } from './sqlite-errors.js';
import { STORY_ROW_SELECT, summaryOfRow, type StoredStory, type StoryRow } from './summary.js';

const now = () => new Date().toISOString();

const SORTS: Record<NonNullable<StoryQuery['sort']>, string> = {
  size: 'article_count DESC, last_published DESC',
  recency: 'last_published DESC NULLS LAST, article_count DESC',
  disputes: 'discrepancies + disputed DESC, article_count DESC',
};

/** Turn free text into an FTS5 query of quoted terms, so user input can never be FTS syntax. */
export function ftsQuery(q: string): string {
  return searchTerms(q).map((t) => `"${t}"`).join(' ');
}

/** The embedded default backend: one SQLite file (or memory), WAL mode, FTS5 full-text search. */
export class SqliteRepository implements Repository {
  private readonly db: Database.Database;
  /** Statements compiled once: preparing per call was a visible share of the storage time. */
  private readonly statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  constructor(path: string) {
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new CrosscheckError('CC_DB', [`${path}: ${(e as Error).message}`], { cause: e });
    }
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.migrate();
    } catch (e) {
      this.db.close();
      throw sqliteError(e, path); // e.g. "file is not a database"
    }
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_version').all() as { version: number }[]).map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sqlite);
        this.db.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(m.version, m.name, now());
      })();
    }
  }

  schemaVersion(): number {
    return (this.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
  }

  async findByHash(contentHash: string): Promise<string | null> {
    const row = this.prepare('SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async saveArticle(doc: ArticleDoc, raw: string, fp: FingerprintRow): Promise<void> {
    this.db.transaction(() => this.writeArticle(storedDoc(doc), raw, fp))();
  }

  async saveBatch(writes: readonly StoreWrite[]): Promise<void> {
    this.db.transaction(() => {
      for (const w of writes) {
        switch (w.kind) {
          case 'article':
            this.writeArticle(w.doc, w.raw, w.fingerprint);
            break;
          case 'merge':
            this.writeMerge(w.from, w.into, w.reason);
            break;
          case 'move':
            this.writeMove(w.articleIds, w.from, w.into);
            break;
        }
      }
    })();
  }

  /** The statements of one article; callers wrap them in a transaction. */
  private writeArticle(doc: StoredDoc, raw: string, fp: FingerprintRow): void {
    const existed = this.prepare('SELECT 1 FROM articles WHERE id = ?').get(doc.id) !== undefined;
    this
      .prepare(
        `INSERT INTO articles (id, source, content_hash, url, outlet, title, author, published, story_id, doc, raw, created_at, stamp)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET source=excluded.source, content_hash=excluded.content_hash, url=excluded.url,
           outlet=excluded.outlet, title=excluded.title, author=excluded.author, published=excluded.published,
           story_id=excluded.story_id, doc=excluded.doc, raw=excluded.raw, stamp=excluded.stamp`,
      )
      .run(doc.id, doc.source, doc.contentHash, doc.url, doc.outlet, doc.title, doc.author, doc.published, fp.storyId, doc.encoded, raw, now(), doc.stamp);
    // article_id is an UNINDEXED FTS5 column, so this DELETE scans the whole index (quadratic over a
    // stream): only re-saving an existing article needs it.
    if (existed) this.prepare('DELETE FROM articles_fts WHERE article_id = ?').run(doc.id);
    this.prepare('INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)').run(doc.id, doc.title ?? '', doc.text);
    this
      .prepare('INSERT INTO fingerprints (article_id, story_id, day, data) VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET story_id=excluded.story_id, day=excluded.day, data=excluded.data')
      .run(doc.id, fp.storyId, fp.day, fp.data);
    this.markDirty(fp.storyId);
  }

  private markDirty(storyId: string): void {
    this
      .prepare('INSERT INTO stories (id, dirty, updated_at) VALUES (?, 1, ?) ON CONFLICT(id) DO UPDATE SET dirty = 1')
      .run(storyId, now());
  }

  async getArticle(id: string): Promise<ArticleDoc | null> {
    const row = this.prepare('SELECT doc FROM articles WHERE id = ?').get(id) as { doc: string } | undefined;
    return row ? decodeDoc(row.doc) : null;
  }

  async getRaw(id: string): Promise<string | null> {
    const row = this.prepare('SELECT raw FROM articles WHERE id = ?').get(id) as { raw: string } | undefined;
    return row?.raw ?? null;
  }

  async articlesOfStory(storyId: string): Promise<ArticleDoc[]> {
    return (await this.encodedArticlesOfStory(storyId)).map(decodeDoc);
  }

  async encodedArticlesOfStory(storyId: string): Promise<string[]> {
    return (this.prepare('SELECT doc FROM articles WHERE story_id = ? ORDER BY published, id').pluck().all(storyId) as string[]);
  }

  async mergeStories(from: string, into: string, reason: string): Promise<void> {
    this.db.transaction(() => this.writeMerge(from, into, reason))();
  }

  async moveArticles(articleIds: readonly string[], from: string, into: string, _reason: string): Promise<void> {
    this.db.transaction(() => this.writeMove(articleIds, from, into))();
  }

  private writeMove(articleIds: readonly string[], from: string, into: string): void {
    if (from === into) return;
    for (const id of articleIds) {
      this.prepare('UPDATE articles SET story_id = ? WHERE id = ? AND story_id = ?').run(into, id, from);
      this.prepare('UPDATE fingerprints SET story_id = ? WHERE article_id = ? AND story_id = ?').run(into, id, from);
    }
    this.markDirty(from);
    this.markDirty(into);
  }

  private writeMerge(from: string, into: string, reason: string): void {
    if (from === into) return;
    this.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?').run(into, from);
    this.prepare('UPDATE fingerprints SET story_id = ? WHERE story_id = ?').run(into, from);
    this.prepare('DELETE FROM stories WHERE id = ?').run(from);
    this.prepare('INSERT INTO story_merges VALUES (?, ?, ?, ?)').run(from, into, reason, now());
    this.markDirty(into);
  }

  async dirtyStories(): Promise<string[]> {
    return (this.prepare('SELECT id FROM stories WHERE dirty = 1 ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  }

  async saveStory(story: StoredStory): Promise<void> {
    const c = story.columns;
    this
      .prepare(
        `INSERT INTO stories (id, headline, dossier, article_count, outlet_count, first_published, last_published, corroborated, disputed, discrepancies, dirty, updated_at, stamp)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
         ON CONFLICT(id) DO UPDATE SET headline=excluded.headline, dossier=excluded.dossier, article_count=excluded.article_count,
           outlet_count=excluded.outlet_count, first_published=excluded.first_published, last_published=excluded.last_published,
           corroborated=excluded.corroborated, disputed=excluded.disputed, discrepancies=excluded.discrepancies, dirty=0, updated_at=excluded.updated_at,
           stamp=excluded.stamp`,
      )
      .run(story.id, c.headline, story.dossier, c.articleCount, c.outletCount, c.firstPublished, c.lastPublished, c.corroborated, c.disputed, c.discrepancies, now(), story.stamp);
  }

  async getStory(id: string): Promise<Story | null> {
    const row = this.prepare('SELECT dossier FROM stories WHERE id = ? AND dossier IS NOT NULL').get(id) as { dossier: string } | undefined;
    return row ? readDossier(id, row.dossier) : null;
  }

  async listStories(query: StoryQuery): Promise<StorySummary[]> {
    const where: string[] = ['dossier IS NOT NULL'];
    const args: (string | number)[] = [];
    if (query.q && ftsQuery(query.q)) {
      where.push('id IN (SELECT a.story_id FROM articles a JOIN articles_fts f ON f.article_id = a.id WHERE articles_fts MATCH ?)');
      args.push(ftsQuery(query.q));
    }
    if (query.from) {
      where.push('last_published >= ?');
      args.push(query.from);
    }
    if (query.to) {
      where.push('first_published <= ?');
      args.push(query.to);
    }
    const sql = `SELECT ${STORY_ROW_SELECT} FROM stories WHERE ${where.join(' AND ')} ORDER BY ${SORTS[query.sort ?? 'size']}, id LIMIT ? OFFSET ?`;
    const rows = this.prepare(sql).all(...args, query.limit ?? 50, query.offset ?? 0) as StoryRow[];
    return rows.map(summaryOfRow);
  }

  async searchArticles(q: string, limit: number): Promise<SearchHit[]> {
    const fq = ftsQuery(q);
    if (!fq) return [];
    const rows = this
      .prepare(
        `SELECT f.article_id AS id, a.story_id AS story, a.title AS title, a.outlet AS outlet,
                snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet
         FROM articles_fts f JOIN articles a ON a.id = f.article_id
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(fq, limit) as { id: string; story: string | null; title: string | null; outlet: string | null; snippet: string }[];
    return rows.map((r) => ({ articleId: r.id, storyId: r.story, title: r.title, outlet: r.outlet, snippet: r.snippet }));
  }

  async fingerprintsSince(sinceDay: number | null): Promise<FingerprintRow[]> {
    const rows = (
      sinceDay === null
        ? this.prepare('SELECT article_id, story_id, day, data FROM fingerprints ORDER BY rowid').all()
        : this.prepare('SELECT article_id, story_id, day, data FROM fingerprints WHERE day IS NULL OR day >= ? ORDER BY rowid').all(sinceDay)
    ) as { article_id: string; story_id: string; day: number | null; data: string }[];
    return rows.map((r) => ({ articleId: r.article_id, storyId: r.story_id, day: r.day, data: r.data }));
  }

  async latestDay(): Promise<number | null> {
    return (this.prepare('SELECT MAX(day) AS d FROM fingerprints').get() as { d: number | null }).d;
  }

  async counts(): Promise<{ articles: number; stories: number }> {
    const a = this.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
    const s = this.prepare('SELECT COUNT(*) AS n FROM stories WHERE dossier IS NOT NULL').get() as { n: number };
    return { articles: a.n, stories: s.n };
  }

  async staleness(stamp: string): Promise<Staleness> {
    // Counted as all rows minus the current ones: an equality the stamp index answers, where
    // "stamp IS NOT ?" would scan every row.
    const n = (sql: string, ...args: string[]) => (this.prepare(sql).get(...args) as { n: number }).n;
    const articles = n('SELECT COUNT(*) AS n FROM articles') - n('SELECT COUNT(*) AS n FROM articles WHERE stamp = ?', stamp);
    const stories = n('SELECT COUNT(*) AS n FROM stories WHERE dossier IS NOT NULL AND (stamp IS NULL OR stamp <> ?)', stamp);
    return { articles, stories };
  }

  async staleArticles(stamp: string, afterId: string, limit: number): Promise<EncodedArticle[]> {
    return this
      .prepare('SELECT id, doc AS encoded FROM articles WHERE id > ? AND (stamp IS NULL OR stamp <> ?) ORDER BY id LIMIT ?')
      .all(afterId, stamp, limit) as EncodedArticle[];
  }

  async saveReanalysed(docs: readonly StoredDoc[]): Promise<void> {
    this.db.transaction(() => {
      for (const doc of docs) {
        const row = this.prepare('UPDATE articles SET doc = ?, stamp = ? WHERE id = ? RETURNING story_id').get(doc.encoded, doc.stamp, doc.id) as { story_id: string } | undefined;
        if (row) this.markDirty(row.story_id);
      }
    })();
  }

  async markStaleStoriesDirty(stamp: string): Promise<number> {
    return this.prepare('UPDATE stories SET dirty = 1 WHERE dossier IS NOT NULL AND (stamp IS NULL OR stamp <> ?)').run(stamp).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

codeSqliteErrors(SqliteRepository.prototype, [
  'findByHash',
  'saveArticle',
  'saveBatch',
  'getArticle',
  'getRaw',
  'articlesOfStory',
  'encodedArticlesOfStory',
  'mergeStories',
  'moveArticles',
  'dirtyStories',
  'saveStory',
  'getStory',
  'listStories',
  'searchArticles',
  'fingerprintsSince',
  'latestDay',
  'counts',
  'staleness',
  'staleArticles',
  'saveReanalysed',
  'markStaleStoriesDirty',
  'close',
]);
