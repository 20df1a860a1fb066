import PgBoss from 'pg-boss';
import { CrosscheckError } from '../errors.js';
import { redact } from '../store/postgres-repository.js';
import { BOSS_SCHEMA, INGEST_QUEUE, jobExpireSeconds, JOB_RETRY_LIMIT } from './queue-settings.js';

/**
 * Start pg-boss on the application's database and make sure the ingest queue exists. Its
 * maintenance (run by whichever process wins pg-boss's own lock) fails expired jobs into retry,
 * so it runs at least as often as a job can expire.
 */
export async function openBoss(url: string): Promise<PgBoss> {
  const expire = jobExpireSeconds();
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: 4,
    application_name: 'crosscheck',
    maintenanceIntervalSeconds: Math.max(1, Math.min(30, Math.floor(expire / 2))),
    monitorStateIntervalSeconds: 60,
    schedule: false,
  });
  // Connection hiccups are retried by pg-boss itself; an unhandled 'error' event would end the process.
  boss.on('error', (e) => process.stderr.write(`queue: ${e.message}\n`));
  try {
    await boss.start();
    const options = { name: INGEST_QUEUE, policy: 'standard', expireInSeconds: expire, retryLimit: JOB_RETRY_LIMIT, retryDelay: 0 } as const;
    await boss.createQueue(INGEST_QUEUE, options);
    // The queue may exist from an earlier run with other settings; the latest opener's win.
    await boss.updateQueue(INGEST_QUEUE, options);
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new CrosscheckError('CC_DB', [`job queue on ${redact(url)}: ${(e as Error).message}`], { cause: e });
  }
  return boss;
}
