import pg from 'pg';
import type { ArticleDoc } from '../model/article.js';
import type { Story } from '../model/dossier.js';
import { CrosscheckError } from '../errors.js';
import { decodeDoc, storedDoc, type StoredDoc } from './doc-codec.js';
import { migrations } from './migrations.js';
import { readDossier } from './read-dossier.js';
import type { EncodedArticle, FingerprintRow, Repository, SearchHit, Staleness, StoreWrite, StoryQuery, StorySummary } from './repository.js';
import { searchTerms } from './search-terms.js';
import { STORY_ROW_SELECT, summaryOfRow, type StoredStory, type StoryRow } from './summary.js';

const now = () => new Date().toISOString();

/** Advisory lock keys (class, id) of this application; one per serialised activity. */
export const LOCKS = { migrate: [0x6363, 1], cluster: [0x6363, 2], enqueue: [0x6363, 3] } as const;

// PostgreSQL sorts NULLs first in DESC order; SQLite sorts them last. Spelled out so both agree.
const SORTS: Record<NonNullable<StoryQuery['sort']>, string> = {
  size: 'article_count DESC, last_published DESC NULLS LAST',
  recency: 'last_published DESC NULLS LAST, article_count DESC',
  disputes: 'discrepancies + disputed DESC, article_count DESC',
};

/** plainto_tsquery of the sanitised words (all must match, like the SQLite backend), or null. */
function tsQueryText(q: string): string | null {
  const terms = searchTerms(q);
  return terms.length > 0 ? terms.join(' ') : null;
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

function dbError(e: unknown, what: string): CrosscheckError {
  return e instanceof CrosscheckError ? e : new CrosscheckError('CC_DB', [`${what}: ${(e as Error).message}`], { cause: e });
}

/**
 * The networked backend: many processes on many hosts share one PostgreSQL database. Same
 * semantics as SqliteRepository; full-text search uses a generated tsvector column with a GIN index.
 */
export class PostgresRepository implements Repository {
  private constructor(readonly pool: pg.Pool) {}

  /** Connect and bring the schema up to date (concurrent openers wait on an advisory lock). */
  static async open(url: string, max = 8): Promise<PostgresRepository> {
    const pool = new pg.Pool({ connectionString: url, max });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const repo = new PostgresRepository(pool);
    try {
      await repo.migrate();
    } catch (e) {
      await pool.end().catch(() => {});
      throw dbError(e, redact(url));
    }
    return repo;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1, $2)', [...LOCKS.migrate]);
      try {
        await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
        const done = new Set(rows.map((r) => r.version));
        for (const m of migrations) {
          if (done.has(m.version)) continue;
          await client.query('BEGIN');
          try {
            if (m.postgres.trim()) await client.query(m.postgres);
            await client.query('INSERT INTO schema_version VALUES ($1, $2, $3)', [m.version, m.name, now()]);
            await client.query('COMMIT');
          } catch (e) {
            await client.query('ROLLBACK');
            throw e;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [...LOCKS.migrate]);
      }
    } finally {
      client.release();
    }
  }

  /** Run `work` in one transaction on one client. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await work(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw dbError(e, 'transaction');
    } finally {
      client.release();
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, args: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, args)).rows;
    } catch (e) {
      throw dbError(e, sql.trim().split(/\s+/).slice(0, 3).join(' '));
    }
  }

  async schemaVersion(): Promise<number> {
    return (await this.query<{ v: number }>('SELECT MAX(version) AS v FROM schema_version'))[0]!.v;
  }

  async findByHash(contentHash: string): Promise<string | null> {
    return (await this.query<{ id: string }>('SELECT id FROM articles WHERE content_hash = $1', [contentHash]))[0]?.id ?? null;
  }

  async saveArticle(doc: ArticleDoc, raw: string, fp: FingerprintRow): Promise<void> {
    await this.transaction((c) => writeArticle(c, storedDoc(doc), raw, fp));
  }

  async saveBatch(writes: readonly StoreWrite[]): Promise<void> {
    await this.transaction(async (c) => {
      for (const w of writes) {
        switch (w.kind) {
          case 'article':
            await writeArticle(c, w.doc, w.raw, w.fingerprint);
            break;
          case 'merge':
            await writeMerge(c, w.from, w.into, w.reason);
            break;
          case 'move':
            await writeMove(c, w.articleIds, w.from, w.into);
            break;
        }
      }
    });
  }

  async getArticle(id: string): Promise<ArticleDoc | null> {
    const row = (await this.query<{ doc: string }>('SELECT doc FROM articles WHERE id = $1', [id]))[0];
    return row ? decodeDoc(row.doc) : null;
  }

  async getRaw(id: string): Promise<string | null> {
    return (await this.query<{ raw: string }>('SELECT raw FROM articles WHERE id = $1', [id]))[0]?.raw ?? null;
  }

  async articlesOfStory(storyId: string): Promise<ArticleDoc[]> {
    return (await this.encodedArticlesOfStory(storyId)).map(decodeDoc);
  }

  async encodedArticlesOfStory(storyId: string): Promise<string[]> {
    // COLLATE "C" compares like SQLite's binary text order, so both backends list articles alike.
    const rows = await this.query<{ doc: string }>('SELECT doc FROM articles WHERE story_id = $1 ORDER BY published COLLATE "C" NULLS FIRST, id COLLATE "C"', [storyId]);
    return rows.map((r) => r.doc);
  }

  async mergeStories(from: string, into: string, reason: string): Promise<void> {
    if (from === into) return;
    await this.transaction((c) => writeMerge(c, from, into, reason));
  }

  async moveArticles(articleIds: readonly string[], from: string, into: string, _reason: string): Promise<void> {
    await this.transaction((c) => writeMove(c, articleIds, from, into));
  }

  async dirtyStories(): Promise<string[]> {
    return (await this.query<{ id: string }>('SELECT id FROM stories WHERE dirty = 1 ORDER BY id COLLATE "C"')).map((r) => r.id);
  }

  async saveStory(story: StoredStory): Promise<void> {
    const c = story.columns;
    // Clean only if no article arrived since the dossier was built (another process may be adding).
    await this.query(
      `INSERT INTO stories (id, headline, dossier, article_count, outlet_count, first_published, last_published, corroborated, disputed, discrepancies, dirty, updated_at, stamp)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11, $12)
       ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, dossier = excluded.dossier, article_count = excluded.article_count,
         outlet_count = excluded.outlet_count, first_published = excluded.first_published, last_published = excluded.last_published,
         corroborated = excluded.corroborated, disputed = excluded.disputed, discrepancies = excluded.discrepancies,
         dirty = CASE WHEN (SELECT COUNT(*) FROM articles WHERE story_id = excluded.id) > excluded.article_count THEN 1 ELSE 0 END,
         updated_at = excluded.updated_at, stamp = excluded.stamp`,
      [story.id, c.headline, story.dossier, c.articleCount, c.outletCount, c.firstPublished, c.lastPublished, c.corroborated, c.disputed, c.discrepancies, now(), story.stamp],
    );
  }

  async getStory(id: string): Promise<Story | null> {
    const row = (await this.query<{ dossier: string }>('SELECT dossier FROM stories WHERE id = $1 AND dossier IS NOT NULL', [id]))[0];
    return row ? readDossier(id, row.dossier) : null;
  }

  async listStories(query: StoryQuery): Promise<StorySummary[]> {
    const where: string[] = ['dossier IS NOT NULL'];
    const args: (string | number)[] = [];
    const tq = query.q ? tsQueryText(query.q) : null;
    if (tq) {
      args.push(tq);
      where.push(`id IN (SELECT story_id FROM articles WHERE search @@ plainto_tsquery('english', $${args.length}))`);
    }
    if (query.from) {
      args.push(query.from);
      where.push(`last_published >= $${args.length}`);
    }
    if (query.to) {
      args.push(query.to);
      where.push(`first_published <= $${args.length}`);
    }
    args.push(query.limit ?? 50, query.offset ?? 0);
    const sql = `SELECT ${STORY_ROW_SELECT} FROM stories WHERE ${where.join(' AND ')} ORDER BY ${SORTS[query.sort ?? 'size']}, id COLLATE "C" LIMIT $${args.length - 1} OFFSET $${args.length}`;
    return (await this.query<StoryRow>(sql, args)).map(summaryOfRow);
  }

  async searchArticles(q: string, limit: number): Promise<SearchHit[]> {
    const tq = tsQueryText(q);
    if (!tq) return [];
    const rows = await this.query<{ id: string; story: string | null; title: string | null; outlet: string | null; snippet: string }>(
      `SELECT a.id, a.story_id AS story, a.title, a.outlet,
              ts_headline('english', a.body, query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM articles a, plainto_tsquery('english', $1) AS query
       WHERE a.search @@ query ORDER BY ts_rank(a.search, query) DESC, a.id LIMIT $2`,
      [tq, limit],
    );
    return rows.map((r) => ({ articleId: r.id, storyId: r.story, title: r.title, outlet: r.outlet, snippet: r.snippet }));
  }

  async fingerprintsSince(sinceDay: number | null): Promise<FingerprintRow[]> {
    const rows =
      sinceDay === null
        ? await this.query<{ article_id: string; story_id: string; day: number | null; data: string }>('SELECT article_id, story_id, day, data FROM fingerprints ORDER BY seq')
        : await this.query<{ article_id: string; story_id: string; day: number | null; data: string }>(
            'SELECT article_id, story_id, day, data FROM fingerprints WHERE day IS NULL OR day >= $1 ORDER BY seq',
            [sinceDay],
          );
    return rows.map((r) => ({ articleId: r.article_id, storyId: r.story_id, day: r.day, data: r.data }));
  }

  async latestDay(): Promise<number | null> {
    return (await this.query<{ d: number | null }>('SELECT MAX(day) AS d FROM fingerprints'))[0]!.d;
  }

  async counts(): Promise<{ articles: number; stories: number }> {
    const [row] = await this.query<{ a: number; s: number }>(
      'SELECT (SELECT COUNT(*) FROM articles)::int AS a, (SELECT COUNT(*) FROM stories WHERE dossier IS NOT NULL)::int AS s',
    );
    return { articles: row!.a, stories: row!.s };
  }

  async staleness(stamp: string): Promise<Staleness> {
    const [row] = await this.query<{ a: number; s: number }>(
      `SELECT (SELECT COUNT(*) FROM articles)::int - (SELECT COUNT(*) FROM articles WHERE stamp = $1)::int AS a,
              (SELECT COUNT(*) FROM stories WHERE dossier IS NOT NULL AND stamp IS DISTINCT FROM $1)::int AS s`,
      [stamp],
    );
    return { articles: row!.a, stories: row!.s };
  }

  async staleArticles(stamp: string, afterId: string, limit: number): Promise<EncodedArticle[]> {
    // COLLATE "C": the same id order as SQLite's, so a resumed scan misses nothing.
    return this.query<EncodedArticle>(
      'SELECT id, doc AS encoded FROM articles WHERE id COLLATE "C" > $1 AND stamp IS DISTINCT FROM $2 ORDER BY id COLLATE "C" LIMIT $3',
      [afterId, stamp, limit],
    );
  }

  async saveReanalysed(docs: readonly StoredDoc[]): Promise<void> {
    await this.transaction(async (c) => {
      for (const doc of docs) {
        const { rows } = await c.query<{ story_id: string }>('UPDATE articles SET doc = $1, stamp = $2 WHERE id = $3 RETURNING story_id', [doc.encoded, doc.stamp, doc.id]);
        if (rows[0]) await markDirty(c, rows[0].story_id);
      }
    });
  }

  async markStaleStoriesDirty(stamp: string): Promise<number> {
    return (await this.query<{ id: string }>('UPDATE stories SET dirty = 1 WHERE dossier IS NOT NULL AND stamp IS DISTINCT FROM $1 RETURNING id', [stamp])).length;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The statements of one article; callers wrap them in a transaction. */
async function writeArticle(c: pg.PoolClient, doc: StoredDoc, raw: string, fp: FingerprintRow): Promise<void> {
  await c.query(
    `INSERT INTO articles (id, source, content_hash, url, outlet, title, author, published, story_id, doc, raw, body, created_at, stamp)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (id) DO UPDATE SET source = excluded.source, content_hash = excluded.content_hash, url = excluded.url,
       outlet = excluded.outlet, title = excluded.title, author = excluded.author, published = excluded.published,
       story_id = excluded.story_id, doc = excluded.doc, raw = excluded.raw, body = excluded.body, stamp = excluded.stamp`,
    [doc.id, doc.source, doc.contentHash, doc.url, doc.outlet, doc.title, doc.author, doc.published, fp.storyId, doc.encoded, raw, doc.text, now(), doc.stamp],
  );
  await c.query(
    `INSERT INTO fingerprints (article_id, story_id, day, data) VALUES ($1, $2, $3, $4)
     ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, day = excluded.day, data = excluded.data`,
    [doc.id, fp.storyId, fp.day, fp.data],
  );
  await markDirty(c, fp.storyId);
}

async function writeMerge(c: pg.PoolClient, from: string, into: string, reason: string): Promise<void> {
  if (from === into) return;
  await c.query('UPDATE articles SET story_id = $1 WHERE story_id = $2', [into, from]);
  await c.query('UPDATE fingerprints SET story_id = $1 WHERE story_id = $2', [into, from]);
  await c.query('DELETE FROM stories WHERE id = $1', [from]);
  await c.query('INSERT INTO story_merges VALUES ($1, $2, $3, $4)', [from, into, reason, now()]);
  await markDirty(c, into);
}

async function writeMove(c: pg.PoolClient, articleIds: readonly string[], from: string, into: string): Promise<void> {
  if (from === into) return;
  await c.query('UPDATE articles SET story_id = $1 WHERE id = ANY($2::text[]) AND story_id = $3', [into, [...articleIds], from]);
  await c.query('UPDATE fingerprints SET story_id = $1 WHERE article_id = ANY($2::text[]) AND story_id = $3', [into, [...articleIds], from]);
  await markDirty(c, from);
  await markDirty(c, into);
}

async function markDirty(c: pg.PoolClient, storyId: string): Promise<void> {
  await c.query('INSERT INTO stories (id, dirty, updated_at) VALUES ($1, 1, $2) ON CONFLICT (id) DO UPDATE SET dirty = 1', [storyId, now()]);
}

/** A connection URL without its password, for error messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
