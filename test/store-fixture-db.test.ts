import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import type { Story } from '../src/model/dossier.js';
import { rebuildStale } from '../src/engine/rebuild-stale.js';
import { analysisStamp } from '../src/store/analysis-stamp.js';
import { SqliteRepository } from '../src/store/sqlite-repository.js';
import { cli, fixtureCopy, FIXTURE_INPUTS } from './support/fixture-db.js';

const REGENERATE = 'npm run fixture:db (and bump ANALYSIS_VERSION in src/store/analysis-stamp.ts if analysis code changed)';

/** Every stored dossier, by story id. */
async function dossiers(path: string): Promise<Story[]> {
  const repo = new SqliteRepository(path);
  try {
    const list = await repo.listStories({ limit: 1000 });
    const out: Story[] = [];
    for (const s of list) out.push((await repo.getStory(s.id))!);
    return out.sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await repo.close();
  }
}

/** The dossiers a fresh in-memory run of the fixture's inputs gives (`analyze`, the CLI). */
function freshDossiers(env: Record<string, string> = {}): Story[] {
  const run = cli(['analyze', ...FIXTURE_INPUTS, '--format', 'json', '--quiet'], env);
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as { stories: Story[] }).stories.sort((a, b) => a.id.localeCompare(b.id));
}

/** Article rows as stored: the encoded analysis, its stamp and the story. */
function articleRows(path: string): { id: string; doc: string; stamp: string | null; story_id: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT id, doc, stamp, story_id FROM articles ORDER BY id').all() as { id: string; doc: string; stamp: string | null; story_id: string }[];
  } finally {
    db.close();
  }
}

test('the committed fixture database is current: this version\'s stamp on every row, dossiers equal to a fresh run', async () => {
  const path = fixtureCopy();
  const repo = new SqliteRepository(path);
  try {
    assert.deepEqual(await repo.staleness(analysisStamp()), { articles: 0, stories: 0 }, `the fixture was written by another analysis: ${REGENERATE}`);
    assert.deepEqual(await repo.counts(), { articles: 3, stories: 1 });
  } finally {
    await repo.close();
  }
  // Same stamp, other output: analysis code changed without a bump of ANALYSIS_VERSION.
  assert.deepEqual(await dossiers(path), freshDossiers(), `stored dossiers differ from a fresh run with the same stamp: ${REGENERATE}`);
});

test('after a model change (simulated by CROSSCHECK_ANALYSIS_SALT) the fixture is stale: writers refuse it, readers warn, rebuild makes it equal a fresh run', async () => {
  const changed = { CROSSCHECK_ANALYSIS_SALT: 'a model changed' };
  const path = fixtureCopy();
  const before = articleRows(path);

  const listed = cli(['stories', '--db', path], changed);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stderr, /warning: CC_STALE_ANALYSIS: .*copy\.db holds 3 articles and 1 dossier analysed by another version.*crosscheck rebuild/);
  assert.match(listed.stdout, /3 articles/);

  const ingest = cli(['ingest', 'examples/kessel-dam/05-daily-meridian-opinion.txt', '--db', path], changed);
  assert.equal(ingest.status, 7, ingest.stderr);
  assert.match(ingest.stderr, /^crosscheck ingest: CC_STALE_ANALYSIS: stored analysis is out of date: .*copy\.db holds 3 articles and 1 dossier/);
  const serve = cli(['serve', '--db', path, '--port', '0'], changed);
  assert.equal(serve.status, 7, serve.stderr);
  assert.deepEqual(articleRows(path), before, 'a refused command changes nothing');

  const rebuilt = cli(['rebuild', '--db', path], changed);
  assert.equal(rebuilt.status, 0, rebuilt.stderr);
  assert.match(rebuilt.stderr, /3 articles and 1 dossier to rebuild/);
  assert.match(rebuilt.stderr, /3 articles re-analysed, 0 failed; 1 dossiers rebuilt/);
  const again = cli(['stories', '--db', path], changed);
  assert.doesNotMatch(again.stderr, /CC_STALE_ANALYSIS/);

  // A fresh database of the same inputs under the changed analysis: the same rows and dossiers.
  const fresh = fixtureCopy().replace(/copy\.db$/, 'fresh.db');
  const ingested = cli(['ingest', ...FIXTURE_INPUTS, '--db', fresh, '--quiet'], changed);
  assert.equal(ingested.status, 0, ingested.stderr);
  const after = articleRows(path);
  assert.deepEqual(after, articleRows(fresh));
  assert.notEqual(after[0]!.stamp, before[0]!.stamp, 'the rows carry the new stamp');
  assert.deepEqual(await dossiers(path), await dossiers(fresh));
  assert.deepEqual(await dossiers(path), freshDossiers(changed));
});

test('a database from before stamps (schema 3, no stamp columns) reads as wholly stale; rebuild brings it back to the current dossiers', async () => {
  const path = fixtureCopy();
  const expected = await dossiers(path);
  const db = new Database(path);
  db.exec("DROP INDEX articles_stamp; ALTER TABLE articles DROP COLUMN stamp; ALTER TABLE stories DROP COLUMN stamp; DELETE FROM schema_version WHERE version = 4;");
  db.close();
  const repo = new SqliteRepository(path);
  try {
    assert.equal(repo.schemaVersion(), 4, 'opening migrates');
    assert.deepEqual(await repo.staleness(analysisStamp()), { articles: 3, stories: 1 });
    const report = await rebuildStale(repo, { workers: 0 });
    assert.deepEqual({ reanalysed: report.reanalysed, errors: report.errors, stories: report.storiesRebuilt }, { reanalysed: 3, errors: [], stories: 1 });
    assert.deepEqual(await repo.staleness(analysisStamp()), { articles: 0, stories: 0 });
  } finally {
    await repo.close();
  }
  assert.deepEqual(await dossiers(path), expected);
});
