/**
 * Versioned schema migrations, one list for every backend: each step carries the SQL of each
 * dialect side by side so the schemas cannot drift apart. Applied in order, each in a transaction.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
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
  },
];
