/**
 * Several `crosscheck worker` processes on one PostgreSQL database ingest an ECB+ stream; one is
 * killed with SIGKILL mid-run. Nothing may be lost or duplicated, and the stories must equal
 * those of one process ingesting the same stream (compared as partitions of article ids).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openRepository } from '../src/store/open-repository.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './support/postgres.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const ECB = new URL('data/ecbplus/ecbplus.jsonl', SHARED);
const CLI = new URL('../../bin/crosscheck.js', import.meta.url).pathname;
/** The first documents of ECB+ (several topics, about 50 stories): enough for merges and order effects, fast enough for CI. */
const DOCS = 120;

const skip = dataSkip(existsSync(ECB)) || postgresSkipReason();

let server: Promise<TestPostgres | null> | null = null;
const pgServer = () => (server ??= startTestPostgres());
const dir = mkdtempSync(join(tmpdir(), 'cc-workers-'));
const children: ChildProcess[] = [];
after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (server) await (await server)?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
}

/** storyId → sorted article ids, from the stored fingerprints (one row per article). */
async function partition(db: string): Promise<Map<string, string[]>> {
  const repo = await openRepository(db);
  try {
    const out = new Map<string, string[]>();
    for (const f of await repo.fingerprintsSince(null)) out.set(f.storyId, [...(out.get(f.storyId) ?? []), f.articleId]);
    for (const ids of out.values()) ids.sort();
    return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  } finally {
    await repo.close();
  }
}

interface Worker {
  child: ChildProcess;
  log: string[];
}

function startWorker(url: string): Worker {
  // Jobs of a killed worker expire after 5 s and are retried by the others.
  const child = spawn(process.execPath, [CLI, 'worker', '--db', url, '--concurrency', '1'], {
    env: { ...process.env, CROSSCHECK_JOB_EXPIRE_SECONDS: '5' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  const log: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (d: string) => log.push(d));
  return { child, log };
}

async function queueState(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ state: string; n: number }>('SELECT state, COUNT(*)::int AS n FROM ingest_queue GROUP BY state');
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

test('ingest --queue needs a PostgreSQL database', () => {
  const r = cli(['ingest', '--queue', '--db', join(dir, 'x.db'), CLI]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /CC_USAGE.*--queue needs a PostgreSQL/);
});

test('worker: several processes, one killed mid-run, store the ECB+ stream like one process', { skip, timeout: 900_000 }, async () => {
  const lines = readFileSync(ECB, 'utf8').split('\n').filter((l) => l.trim()).slice(0, DOCS);
  const input = join(dir, 'stream.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  const pgs = (await pgServer())!;

  // The reference: one process, no queue.
  const single = await pgs.newDatabase();
  const ref = cli(['ingest', input, '--db', single, '--quiet']);
  assert.equal(ref.status, 0, ref.stderr);

  const url = await pgs.newDatabase();
  const enq = cli(['ingest', input, '--db', url, '--queue']);
  assert.equal(enq.status, 0, enq.stderr);
  assert.match(enq.stderr, new RegExp(`${DOCS} enqueued`));
  const workers = [startWorker(url), startWorker(url), startWorker(url)];

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Kill the clustering lock holder once a part of the stream is stored: the others must take over.
    let killed: Worker | null = null;
    const deadline = Date.now() + 800_000;
    for (;;) {
      assert.ok(Date.now() < deadline, `queue not drained: ${JSON.stringify(await queueState(client))}`);
      const state = await queueState(client);
      if (!killed && (state.done ?? 0) >= DOCS / 4) {
        killed = workers.find((w) => w.log.join('').includes('holds the lock')) ?? workers[0]!;
        killed.child.kill('SIGKILL');
      }
      const dirty = (await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM stories WHERE dirty = 1')).rows[0]!.n;
      if (killed && (state.done ?? 0) + (state.failed ?? 0) === DOCS && dirty === 0) break;
      await sleep(500);
    }
    const state = await queueState(client);
    assert.deepEqual(state, { done: DOCS }, 'every article stored, none failed');
    const counts = (await client.query<{ a: number; d: number }>('SELECT COUNT(*)::int AS a, COUNT(DISTINCT content_hash)::int AS d FROM articles')).rows[0]!;
    assert.deepEqual(counts, { a: DOCS, d: DOCS }, 'no article lost or duplicated');
    const leaders = workers.filter((w) => w.log.join('').includes('holds the lock'));
    assert.ok(leaders.length >= 2, 'another worker took over clustering after the kill');
  } finally {
    await client.end();
  }
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => (w.child.exitCode !== null || w.child.signalCode !== null ? null : new Promise((r) => w.child.once('exit', r)))));
  assert.deepEqual(
    workers.map((w) => w.child.signalCode ?? w.child.exitCode),
    workers.map((w) => (w.child.signalCode === 'SIGKILL' ? 'SIGKILL' : 0)),
    `the surviving workers stop cleanly on SIGTERM:\n${workers.map((w) => w.log.join('')).join('\n')}`,
  );

  const expected = await partition(single);
  const got = await partition(url);
  const show = (m: Map<string, string[]>, other: Map<string, string[]>) =>
    [...m].filter(([id, ids]) => other.get(id)?.join() !== ids.join()).map(([id, ids]) => `${id}: ${ids.join(' ')}`).join('\n');
  assert.deepEqual(got, expected, `same stories, same ids\nworkers:\n${show(got, expected)}\nsingle process:\n${show(expected, got)}`);

  // Enqueuing the same stream again adds nothing.
  const again = cli(['ingest', input, '--db', url, '--queue']);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`0 enqueued, ${DOCS} already stored or queued`));
});
