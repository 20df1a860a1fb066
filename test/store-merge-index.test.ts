import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from '../src/store/migrations.js';
import { SqliteRepository } from '../src/store/sqlite-repository.js';

// A story merge re-points fingerprints by story id; a full scan there made every merge cost the
// whole stream so far (migration 3).
test('sqlite: merging stories finds fingerprints by story through an index, not a table scan', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-merge-index-'));
  try {
    const file = join(dir, 'x.db');
    await new SqliteRepository(file).close();
    const db = new Database(file);
    const plan = (db.prepare('EXPLAIN QUERY PLAN UPDATE fingerprints SET story_id = ? WHERE story_id = ?').all('a', 'b') as { detail: string }[]).map((r) => r.detail).join(' | ');
    db.close();
    assert.match(plan, /USING INDEX fingerprints_story/);
    assert.doesNotMatch(plan, /SCAN fingerprints/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a database made before migration 3 gains the index when opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-merge-index-'));
  try {
    const file = join(dir, 'old.db');
    // Build the schema as it stood at version 2, then let the repository migrate it.
    const db = new Database(file);
    db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of migrations.filter((m) => m.version <= 2)) {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    db.close();
    const repo = new SqliteRepository(file);
    assert.equal(repo.schemaVersion(), Math.max(...migrations.map((m) => m.version)));
    await repo.close();
    const after = new Database(file);
    const names = (after.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fingerprints'").all() as { name: string }[]).map((r) => r.name);
    after.close();
    assert.ok(names.includes('fingerprints_story'), names.join(','));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
