/**
 * When ingestion goes through the job queue, and the queue's timing. The rule: `--queue` asks
 * for it explicitly; otherwise a PostgreSQL database with CROSSCHECK_QUEUE=1 turns it on. The
 * queue needs PostgreSQL (pg-boss tables and advisory locks), so `--queue` with SQLite is an error.
 */
import { CrosscheckError } from '../errors.js';
import { isPostgresUrl } from '../store/postgres-repository.js';

export const INGEST_QUEUE = 'crosscheck-ingest';

/** pg-boss keeps its tables in their own schema, beside the application's. */
export const BOSS_SCHEMA = 'pgboss';

export function useQueue(flag: boolean | undefined, db: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === true && !isPostgresUrl(db)) throw new CrosscheckError('CC_USAGE', ['--queue needs a PostgreSQL --db (postgres://…)']);
  return flag === true || (isPostgresUrl(db) && env.CROSSCHECK_QUEUE === '1');
}

function seconds(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n >= 1 ? Math.round(n) : fallback;
}

/**
 * A job not completed within this many seconds is taken as lost (its worker died) and retried by
 * another worker. Analysing one article takes well under a second to a few seconds; the margin
 * covers loaded machines. CROSSCHECK_JOB_EXPIRE_SECONDS overrides it (tests use a few seconds).
 */
export function jobExpireSeconds(env: NodeJS.ProcessEnv = process.env): number {
  return seconds(env.CROSSCHECK_JOB_EXPIRE_SECONDS, 120);
}

/** Attempts after the first before a job is given up (the article is then reported as failed). */
export const JOB_RETRY_LIMIT = 4;
