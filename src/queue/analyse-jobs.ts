/**
 * The analysing side of a worker: takes jobs from the pg-boss queue and turns each queued row
 * into an analysed one. Any number of workers on any hosts do this in parallel; analysis is
 * deterministic, so a job retried after a worker died simply redoes the same work, and the
 * `state = 'queued'` guard makes the second write a no-op.
 */
import type PgBoss from 'pg-boss';
import { CrosscheckError, isCrosscheckError } from '../errors.js';
import type { AnalysisPool } from '../engine/analysis-pool.js';
import type { PostgresRepository } from '../store/postgres-repository.js';
import type { AnalyseJob } from './enqueue.js';
import { pause } from './pause.js';
import { INGEST_QUEUE } from './queue-settings.js';

const now = () => new Date().toISOString();

/** How long an idle worker waits before asking the queue again. */
const IDLE_POLL_MS = 250;

export class AnalyseJobs {
  /** Jobs finished by this process (for the worker's log line and tests). */
  done = 0;

  constructor(
    private readonly repo: PostgresRepository,
    private readonly boss: PgBoss,
    private readonly pool: AnalysisPool,
    private readonly concurrency: number,
    private readonly log: (line: string) => void,
  ) {}

  /** Keep up to `concurrency` jobs in flight until `signal` aborts, then finish those in flight. */
  async run(signal: AbortSignal): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    while (!signal.aborted) {
      const free = this.concurrency - inFlight.size;
      let fetched = 0;
      if (free > 0) {
        try {
          const jobs = await this.boss.fetch<AnalyseJob>(INGEST_QUEUE, { batchSize: free });
          fetched = jobs.length;
          for (const job of jobs) {
            const p: Promise<void> = this.handle(job).finally(() => inFlight.delete(p));
            inFlight.add(p);
          }
        } catch (e) {
          this.log(`queue fetch failed: ${(e as Error).message}`);
        }
      }
      if (fetched > 0 && inFlight.size < this.concurrency) continue;
      await Promise.race([pause(IDLE_POLL_MS, signal), ...inFlight]);
    }
    await Promise.allSettled(inFlight);
  }

  private async handle(job: PgBoss.Job<AnalyseJob>): Promise<void> {
    try {
      await this.analyseRow(job.data.seq);
      await this.boss.complete(INGEST_QUEUE, job.id);
      this.done++;
    } catch (e) {
      // A database problem, not a content one: let pg-boss retry the job (maybe elsewhere).
      this.log(`job ${job.id} (seq ${job.data.seq}) failed, will be retried: ${(e as Error).message}`);
      await this.boss.fail(INGEST_QUEUE, job.id, { message: (e as Error).message }).catch(() => {});
    }
  }

  private async analyseRow(seq: string): Promise<void> {
    const rows = await this.repo.pool.query<{ state: string; doc: string; source: string }>('SELECT state, doc, source FROM ingest_queue WHERE seq = $1', [seq]);
    const row = rows.rows[0];
    if (!row || row.state !== 'queued') return; // already analysed by an earlier attempt
    let analysed: string;
    try {
      // The row goes to a thread as stored and comes back as the sequencer needs it
      // (analysed-codec.ts): this thread only moves strings between the database and the pool.
      analysed = await this.pool.analyseEncoded(row.doc, row.source);
    } catch (e) {
      // The thread died (it is replaced): not necessarily the article's fault, so the job fails and
      // pg-boss retries it; an article that kills every thread it meets is given up after the retries.
      if (isCrosscheckError(e) && e.code === 'CC_WORKER_DIED') throw e;
      // Analysis failures are properties of the article: retrying elsewhere would fail the same way.
      const err = isCrosscheckError(e) ? e : new CrosscheckError('CC_ANALYSIS_FAILED', [row.source, (e as Error).message]);
      await this.repo.pool.query(
        `UPDATE ingest_queue SET state = 'failed', error_code = $2, error = $3, analysed_at = $4 WHERE seq = $1 AND state = 'queued'`,
        [seq, err.code, err.message, now()],
      );
      return;
    }
    await this.repo.pool.query(`UPDATE ingest_queue SET state = 'analysed', doc = $2, analysed_at = $3 WHERE seq = $1 AND state = 'queued'`, [seq, analysed, now()]);
  }
}
