/**
 * `npm run fixture:db`: rewrite test/fixtures/kessel-three.db, the small database "written by the
 * current release" that test/store-fixture-db.test.ts checks is current and rebuilds after a
 * simulated model change. Run it whenever the analysis stamp changes (a model, a word list, the
 * tokenizer tables or ANALYSIS_VERSION: docs/development.md, "Stored analysis") and commit the file.
 */
import { rmSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, FIXTURE_DB, FIXTURE_INPUTS } from '../test/support/fixture-db.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-fixture-'));
const db = join(dir, 'fixture.db');
const run = cli(['ingest', ...FIXTURE_INPUTS, '--db', db, '--quiet']);
if (run.status !== 0) throw new Error(`ingest failed (exit ${run.status}): ${run.stderr}`);
// One self-contained file: no write-ahead log beside it, free pages dropped, small pages (the
// 19 tables and indexes of three articles would each take a 4 KB page).
const file = new Database(db);
file.pragma('journal_mode = DELETE');
file.pragma('page_size = 1024');
file.exec('VACUUM');
file.close();
copyFileSync(db, FIXTURE_DB);
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${FIXTURE_DB}`);
