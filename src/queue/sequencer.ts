/**
 * The clustering side of the distributed ingest. Clustering decisions depend on order, so they
 * are made by one process at a time: whoever holds a PostgreSQL session advisory lock. The holder
 * stores analysed rows strictly in seq (stream) order and stops at the first row not analysed
 * yet, so the stories equal those of one process ingesting the same stream. When the holder
 * dies its connection closes, the lock is released, and another worker takes over, rebuilding
 * the clusterer from all stored fingerprints in storage order (not just the recent window that
 * a restarted batch uses), so its later decisions are those the dead holder would have made.
 */
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import { Engine } from '../engine/engine.js';
import { analysedForStore, type Analysed } from '../engine/analysis-pool.js';
import { decodeAnalysed, isEncodedAnalysed } from '../engine/analysed-codec.js';
import { decodeDoc } from '../store/doc-codec.js';
import { LOCKS, type PostgresRepository } from '../store/postgres-repository.js';
import { pause } from './pause.js';
import { INGEST_QUEUE } from './queue-settings.js';

const now = () => new Date().toISOString();

/** Rows read per round; the lock is kept across rounds, so this only bounds memory. */
const BATCH = 50;
/** Dossiers of touched stories are rebuilt when the queue is drained, or at least this often. */
const REFRESH_MS = 10_000;
/** While the head row waits for analysis, its job's fate is checked this often. */
const STUCK_CHECK_MS = 10_000;
const IDLE_MS = 200;
const FOLLOWER_MS = 1_000;

/**
 * An analysed row's stored form and clustering item, as its analysis thread made them. A row
 * analysed by a worker of an earlier release holds the encoded document alone: that one is
 * decoded and prepared here, so a rolling upgrade loses nothing.
 */
function storedForm(doc: string): Analysed {
  return isEncodedAnalysed(doc) ? decodeAnalysed(doc) : analysedForStore(decodeDoc(doc));
}

interface QueueRow {
  seq: string;
  state: 'queued' | 'analysed';
  doc: string | null;
  raw: string | null;
  job_id: string | null;
  source: string;
}

export class Sequencer {
  /** Rows this process stored (for the worker's log line and tests). */
  stored = 0;
  private lockClient: pg.PoolClient | null = null;
  private engine: Engine | null = null;
  /** Newest fingerprint seq this process's clusterer knows; another writer makes it stale. */
  private knownFingerprint: string | null = null;
  private lastRefresh = 0;
  private pendingRefresh = false;
  private stuck: { seq: string; since: number } | null = null;

  constructor(
    private readonly repo: PostgresRepository,
    private readonly boss: PgBoss,
    private readonly log: (line: string) => void,
  ) {}

  get leading(): boolean {
    return this.lockClient !== null;
  }

  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        if (!this.lockClient && !(await this.tryLead())) {
          await pause(FOLLOWER_MS, signal);
          continue;
        }
        const progressed = await this.round(signal);
        if (!progressed) await pause(IDLE_MS, signal);
      } catch (e) {
        this.log(`clustering stopped, will retry: ${(e as Error).message}`);
        await this.resign();
        await pause(FOLLOWER_MS, signal);
      }
    }
    await this.resign();
  }

  private async tryLead(): Promise<boolean> {
    const client = await this.repo.pool.connect();
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [...LOCKS.cluster]);
    if (!rows[0]?.ok) {
      client.release();
      return false;
    }
    this.lockClient = client;
    client.on('error', () => {});
    await this.reload();
    // A previous holder may have died between storing articles and rebuilding their stories.
    this.pendingRefresh = true;
    this.log('clustering: this worker holds the lock');
    return true;
  }

  private async reload(): Promise<void> {
    this.engine = await Engine.open(this.repo, { restore: 'all' });
    this.knownFingerprint = await this.newestFingerprint();
  }

  private async newestFingerprint(): Promise<string | null> {
    const { rows } = await this.repo.pool.query<{ seq: string | null }>('SELECT MAX(seq)::text AS seq FROM fingerprints');
    return rows[0]?.seq ?? null;
  }

  private async resign(): Promise<void> {
    const client = this.lockClient;
    this.lockClient = null;
    this.engine = null;
    if (!client) return;
    try {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [...LOCKS.cluster]);
      client.release();
    } catch {
      // The connection is gone, and with it the lock.
      client.release(true);
    }
  }

  /** One round under the lock: store the analysed prefix of the queue. True when something was done. */
  private async round(signal: AbortSignal): Promise<boolean> {
    // Fails if our session (and so the lock) is gone: then stop before deciding anything more.
    await this.lockClient!.query('SELECT 1');
    if ((await this.newestFingerprint()) !== this.knownFingerprint) {
      this.log('clustering: articles were stored by another writer; reloading the clusterer');
      await this.reload();
    }
    const engine = this.engine!;
    const { rows } = await this.repo.pool.query<QueueRow>(
      // Ordered by the bigint column: the text alias would sort '10' before '9'.
      `SELECT q.seq::text AS seq, q.state, q.doc, q.raw, q.job_id, q.source FROM ingest_queue q
       WHERE q.state = 'queued' OR q.state = 'analysed' ORDER BY q.seq LIMIT $1`,
      [BATCH],
    );
    let stored = 0;
    let blocked = false;
    for (const row of rows) {
      if (signal.aborted) break;
      if (row.state === 'queued') {
        blocked = true;
        await this.checkStuck(row);
        break;
      }
      // Already stored (a holder died after storing, before marking the row): the content hash says so.
      await engine.addStored(storedForm(row.doc!), row.raw!);
      await this.repo.pool.query(`UPDATE ingest_queue SET state = 'done', doc = '', raw = '', done_at = $2 WHERE seq = $1`, [row.seq, now()]);
      stored++;
    }
    if (stored > 0) {
      this.stored += stored;
      this.pendingRefresh = true;
      this.knownFingerprint = await this.newestFingerprint();
    }
    const drained = !blocked && rows.length < BATCH;
    if (this.pendingRefresh && !signal.aborted && (drained || Date.now() - this.lastRefresh > REFRESH_MS)) {
      await engine.refreshStories();
      this.pendingRefresh = false;
      this.lastRefresh = Date.now();
      return true;
    }
    return stored > 0;
  }

  /**
   * The head row is still queued. Normally its job is being analysed; but if pg-boss gave the
   * job up (its workers kept dying), the row would block the stream forever: report it as failed.
   */
  private async checkStuck(row: QueueRow): Promise<void> {
    if (this.stuck?.seq !== row.seq) {
      this.stuck = { seq: row.seq, since: Date.now() };
      return;
    }
    if (Date.now() - this.stuck.since < STUCK_CHECK_MS) return;
    this.stuck.since = Date.now();
    const job = row.job_id ? await this.boss.getJobById(INGEST_QUEUE, row.job_id) : null;
    if (job && job.state !== 'failed' && job.state !== 'cancelled') return;
    this.log(`seq ${row.seq} (${row.source}): analysis job ${job ? job.state : 'missing'}; skipping the article`);
    await this.repo.pool.query(
      `UPDATE ingest_queue SET state = 'failed', error_code = 'CC_ANALYSIS_FAILED', error = $2 WHERE seq = $1 AND state = 'queued'`,
      [row.seq, `analysis job ${job ? job.state : 'missing'} after retries: ${row.source}`],
    );
  }
}
