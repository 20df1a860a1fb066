/** POST /api/articles with a queue configured: articles are enqueued (one row and one job each), not processed. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../src/server/build-app.js';
import { IngestQueue } from '../src/queue/enqueue.js';
import { useQueue } from '../src/queue/queue-settings.js';
import { PostgresRepository } from '../src/store/postgres-repository.js';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from './support/postgres.js';

const skip = postgresSkipReason();
let server: Promise<TestPostgres | null> | null = null;
const pgServer = () => (server ??= startTestPostgres());
after(async () => {
  if (server) await (await server)?.stop();
});

test('queue rule: --queue, or CROSSCHECK_QUEUE=1 with a PostgreSQL database', () => {
  assert.equal(useQueue(undefined, 'postgres://h/db', {}), false);
  assert.equal(useQueue(undefined, 'postgres://h/db', { CROSSCHECK_QUEUE: '1' }), true);
  assert.equal(useQueue(undefined, 'crosscheck.db', { CROSSCHECK_QUEUE: '1' }), false, 'SQLite has no queue: process in place');
  assert.equal(useQueue(true, 'postgresql://h/db', {}), true);
  assert.throws(() => useQueue(true, 'crosscheck.db', {}), /CC_USAGE|--queue needs a PostgreSQL/);
});

test('POST /api/articles enqueues when a queue is configured', { skip }, async () => {
  const url = await (await pgServer())!.newDatabase();
  const repo = await PostgresRepository.open(url);
  const queue = await IngestQueue.open(repo, url);
  const app = await buildApp({ repo, queue });
  try {
    const articles = [
      { id: 'q1', title: 'Harbour bridge closed', text: 'The harbour bridge in Veldmark closed on Tuesday after engineers found cracks in two pylons.' },
      { id: 'q2', title: 'Marathon draws thousands', text: 'A marathon in Orlin drew 9,000 runners on Sunday, organisers said.' },
    ];
    const r = await app.inject({ method: 'POST', url: '/api/articles', payload: { articles } });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json() as { ids: string[]; errors: unknown[]; storiesUpdated: string[] };
    assert.equal(body.ids.length, 2);
    assert.deepEqual(body.storiesUpdated, [], 'nothing is clustered by the API process');
    const rows = (await repo.pool.query<{ article_id: string; state: string; job_id: string | null }>('SELECT article_id, state, job_id FROM ingest_queue ORDER BY seq')).rows;
    assert.deepEqual(rows.map((x) => [x.article_id, x.state]), body.ids.map((id) => [id, 'queued']));
    assert.ok(rows.every((x) => x.job_id), 'every row has its job');
    const jobs = (await repo.pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = 'crosscheck-ingest'`)).rows[0]!.n;
    assert.equal(jobs, 2);
    assert.deepEqual(await repo.counts(), { articles: 0, stories: 0 });
    // The same content again: already queued, no new row or job.
    const again = (await app.inject({ method: 'POST', url: '/api/articles', payload: { articles } })).json() as { ids: string[] };
    assert.deepEqual(again.ids, body.ids);
    assert.equal((await repo.pool.query('SELECT 1 FROM ingest_queue')).rowCount, 2);
  } finally {
    await app.close();
    await queue.close();
    await repo.close();
  }
});
