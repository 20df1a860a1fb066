/**
 * Throughput of the distributed ingest: ECB+ articles enqueued into a fresh database on the given
 * PostgreSQL server, then `workers` processes of `crosscheck worker --concurrency 1` drain the
 * queue. Timed from the workers' start until every article is stored and every story rebuilt.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ingestJsonLines } from '../../src/ingest/ingest-jsonl.js';
import { IngestQueue } from '../../src/queue/enqueue.js';
import { PostgresRepository } from '../../src/store/postgres-repository.js';

const CLI = new URL('../../../bin/crosscheck.js', import.meta.url).pathname;
/** The first ECB+ documents (of 982): enough for several minutes of work on one worker. */
export const QUEUE_BENCH_DOCS = 300;

/**
 * CPU seconds (user + system, all threads) a child process has used, from /proc (Linux; null
 * elsewhere). On a shared machine the wall time says as much about the neighbours as about the
 * code; the CPU the workers burnt per article does not depend on them as much.
 */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th (clock ticks, 100 a second on Linux).
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function queueWorkers(dataDir: string, workers: number, serverUrl: string): Promise<Record<string, number>> {
  const name = `cc_bench_${process.pid}_${workers}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  try {
    const lines = readFileSync(join(dataDir, 'ecbplus/ecbplus.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, QUEUE_BENCH_DOCS);
    const repo = await PostgresRepository.open(url);
    const queue = await IngestQueue.open(repo, url);
    const { enqueued } = await queue.enqueue(ingestJsonLines(lines.join('\n'), { source: 'ecbplus.jsonl', url: null, charset: null }));
    await queue.close();

    const t0 = performance.now();
    const procs = Array.from({ length: workers }, () => spawn(process.execPath, [CLI, 'worker', '--db', url, '--concurrency', '1', '--quiet'], { stdio: 'ignore' }));
    for (;;) {
      const { rows } = await repo.pool.query<{ open: number; dirty: number }>(
        `SELECT (SELECT COUNT(*) FROM ingest_queue WHERE state IN ('queued', 'analysed'))::int AS open, (SELECT COUNT(*) FROM stories WHERE dirty = 1)::int AS dirty`,
      );
      if (rows[0]!.open === 0 && rows[0]!.dirty === 0) break;
      await sleep(250);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = procs.map((p) => cpuSeconds(p.pid));
    const cpuTotal = cpu.every((c) => c !== null) ? cpu.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
    await Promise.all(procs.map((p) => new Promise((r) => (p.once('exit', r), p.kill('SIGTERM')))));
    const counts = await repo.counts();
    await repo.close();
    return { workers, articles: enqueued, stories: counts.stories, seconds: +seconds.toFixed(1), articlesPerSecond: +(enqueued / seconds).toFixed(2), ...(cpuTotal === null ? {} : { cpuMsPerArticle: Math.round((cpuTotal * 1000) / enqueued) }) };
  } finally {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
