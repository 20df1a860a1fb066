/**
 * The producer side of the distributed ingest: each new article becomes a row of ingest_queue,
 * numbered in stream order, plus a pg-boss job naming that row, in one transaction (so there is
 * never a row without a job or a job without a row). Workers analyse; the clustering lock holder
 * stores rows in seq order (src/queue/sequencer.ts).
 */
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import type { CrosscheckError } from '../errors.js';
import type { IngestItem } from '../ingest/ingest-item.js';
import { encodeDoc } from '../store/doc-codec.js';
import { LOCKS, type PostgresRepository } from '../store/postgres-repository.js';
import { openBoss } from './open-boss.js';
import { INGEST_QUEUE } from './queue-settings.js';

export type EnqueueEvent =
  | { kind: 'enqueued'; id: string; source: string; seq: string }
  | { kind: 'unchanged'; id: string; source: string }
  | { kind: 'error'; input: string; error: CrosscheckError };

export interface EnqueueReport {
  enqueued: number;
  unchanged: number;
  errors: { input: string; code: string; message: string }[];
}

export interface AnalyseJob {
  seq: string;
}

const now = () => new Date().toISOString();

/** pg-boss runs its insert on our transaction's client when given this. */
function onClient(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: (text, values) => client.query(text, values) };
}

export class IngestQueue {
  private constructor(
    private readonly repo: PostgresRepository,
    private readonly boss: PgBoss,
  ) {}

  static async open(repo: PostgresRepository, url: string): Promise<IngestQueue> {
    return new IngestQueue(repo, await openBoss(url));
  }

  /** Enqueue one article; null when its content is already stored or queued. */
  async enqueueOne(item: Extract<IngestItem, { kind: 'article' }>): Promise<string | null> {
    const { doc, raw } = item;
    if ((await this.repo.findByHash(doc.contentHash)) !== null) return null;
    return this.repo.transaction(async (c) => {
      // Enqueuers take turns, so rows commit in seq order: the sequencer never sees seq n+1
      // committed while seq n is still in flight (which would let it skip n).
      await c.query('SELECT pg_advisory_xact_lock($1, $2)', [...LOCKS.enqueue]);
      const { rows } = await c.query<{ seq: string }>(
        `INSERT INTO ingest_queue (content_hash, article_id, source, doc, raw, enqueued_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (content_hash) DO NOTHING RETURNING seq`,
        [doc.contentHash, doc.id, doc.source, encodeDoc(doc), raw, now()],
      );
      const seq = rows[0]?.seq;
      if (seq === undefined) return null;
      const data: AnalyseJob = { seq };
      const jobId = await this.boss.send(INGEST_QUEUE, data, { db: onClient(c) });
      await c.query('UPDATE ingest_queue SET job_id = $1 WHERE seq = $2', [jobId, seq]);
      return seq;
    });
  }

  /** Enqueue a stream of ingested items in order; bad items are reported and the stream goes on. */
  async enqueue(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, onEvent: (e: EnqueueEvent) => void = () => {}): Promise<EnqueueReport> {
    const report: EnqueueReport = { enqueued: 0, unchanged: 0, errors: [] };
    for await (const item of items) {
      if (item.kind === 'error') {
        report.errors.push({ input: item.input, code: item.error.code, message: item.error.message });
        onEvent(item);
        continue;
      }
      const seq = await this.enqueueOne(item);
      if (seq === null) {
        report.unchanged++;
        onEvent({ kind: 'unchanged', id: item.doc.id, source: item.doc.source });
      } else {
        report.enqueued++;
        onEvent({ kind: 'enqueued', id: item.doc.id, source: item.doc.source, seq });
      }
    }
    return report;
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }
}
