/**
 * Versioned schema migrations, one list for every backend: each step carries the SQL of each
 * dialect side by side so the schemas cannot drift apart. Applied in order, each in a transaction.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'articles, stories, fingerprints, full-text search',
    sqlite: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT, outlet TEXT, title TEXT, author TEXT, published TEXT,
        story_id TEXT NOT NULL,
        doc TEXT NOT NULL,
        raw TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE TABLE fingerprints (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        day INTEGER,
        data TEXT NOT NULL
      );
      CREATE INDEX fingerprints_day ON fingerprints(day);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL DEFAULT '',
        dossier TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        outlet_count INTEGER NOT NULL DEFAULT 0,
        first_published TEXT, last_published TEXT,
        corroborated INTEGER NOT NULL DEFAULT 0,
        disputed INTEGER NOT NULL DEFAULT 0,
        discrepancies INTEGER NOT NULL DEFAULT 0,
        dirty INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE story_merges (from_id TEXT NOT NULL, into_id TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
      CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, body, tokenize = 'porter unicode61');
    `,
    // PostgreSQL keeps the body beside the document so that a generated tsvector (GIN-indexed)
    // and ts_headline can use it; the fingerprint seq replaces SQLite's rowid as insertion order.
    postgres: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT, outlet TEXT, title TEXT, author TEXT, published TEXT,
        story_id TEXT NOT NULL,
        doc TEXT NOT NULL,
        raw TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, body), 'B')
        ) STORED
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE TABLE fingerprints (
        seq BIGSERIAL UNIQUE,
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        day INTEGER,
        data TEXT NOT NULL
      );
      CREATE INDEX fingerprints_day ON fingerprints(day);
      CREATE INDEX fingerprints_story ON fingerprints(story_id);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL DEFAULT '',
        dossier TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        outlet_count INTEGER NOT NULL DEFAULT 0,
        first_published TEXT, last_published TEXT,
        corroborated INTEGER NOT NULL DEFAULT 0,
        disputed INTEGER NOT NULL DEFAULT 0,
        discrepancies INTEGER NOT NULL DEFAULT 0,
        dirty INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE story_merges (from_id TEXT NOT NULL, into_id TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'ingest queue (distributed workers)',
    // The queue needs PostgreSQL (pg-boss and advisory locks); SQLite has nothing to add.
    sqlite: '',
    // One row per enqueued article, numbered in stream order: workers analyse rows in any order,
    // the clustering lock holder stores them strictly by seq (docs/scaling.md).
    postgres: `
      CREATE TABLE ingest_queue (
        seq BIGSERIAL PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL,
        source TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'analysed', 'failed', 'done')),
        doc TEXT NOT NULL,
        raw TEXT NOT NULL,
        error_code TEXT, error TEXT,
        job_id TEXT,
        enqueued_at TEXT NOT NULL,
        analysed_at TEXT, done_at TEXT
      );
      CREATE INDEX ingest_queue_open ON ingest_queue(seq) WHERE state <> 'done' AND state <> 'failed';
    `,
  },
  {
    version: 3,
    name: 'fingerprints by story',
    // A story merge re-points the fingerprints of the story it removes; without this index SQLite
    // scanned the whole fingerprints table on every merge, a cost that grows with the stream.
    // PostgreSQL has had the index since version 1, so IF NOT EXISTS makes its step a no-op.
    sqlite: 'CREATE INDEX IF NOT EXISTS fingerprints_story ON fingerprints(story_id);',
    postgres: 'CREATE INDEX IF NOT EXISTS fingerprints_story ON fingerprints(story_id);',
  },
  {
    version: 4,
    name: 'analysis stamps',
    // The analysis stamp (src/store/analysis-stamp.ts) of the code that wrote each article and
    // dossier. Rows of a database from before this step get NULL, which reads as stale: their
    // analysis is of unknown origin. The index serves the count of current articles on open.
    sqlite: `
      ALTER TABLE articles ADD COLUMN stamp TEXT;
      ALTER TABLE stories ADD COLUMN stamp TEXT;
      CREATE INDEX articles_stamp ON articles(stamp);
    `,
    postgres: `
      ALTER TABLE articles ADD COLUMN stamp TEXT;
      ALTER TABLE stories ADD COLUMN stamp TEXT;
      CREATE INDEX articles_stamp ON articles(stamp);
    `,
  },
];
