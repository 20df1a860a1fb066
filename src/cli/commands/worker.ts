import { availableParallelism } from 'node:os';
import { Type } from '@sinclair/typebox';
import { CrosscheckError } from '../../errors.js';
import { AnalysisPool } from '../../engine/analysis-pool.js';
import { AnalyseJobs } from '../../queue/analyse-jobs.js';
import { openBoss } from '../../queue/open-boss.js';
import { Sequencer } from '../../queue/sequencer.js';
import { isPostgresUrl, PostgresRepository } from '../../store/postgres-repository.js';
import { defineCommand, EXIT } from '../command.js';
import { DbOption, dbPath, QuietOption } from '../options.js';
import { requireCurrent } from '../stale-check.js';

const usage = `crosscheck worker --db postgres://… [--concurrency N] [--quiet]

Process the ingest queue (filled by \`crosscheck ingest --queue\` and POST /api/articles when a
queue is configured) until stopped with Ctrl-C or SIGTERM. Run any number of workers on any
hosts against one PostgreSQL database: each analyses up to N articles at once (default: one per
CPU); one of them at a time, chosen by a database lock, clusters and stores them in the order
they were enqueued. A worker that dies leaves its jobs to the others. See docs/scaling.md.
A database holding analyses of another version is refused (CC_STALE_ANALYSIS, exit 7): run
\`crosscheck rebuild\` first, with the workers stopped.`;

/** More analysis threads than this only adds memory: each holds the models (~100 MB). */
const MAX_CONCURRENCY = 256;

export const workerCommand = defineCommand({
  name: 'worker',
  summary: 'analyse and store queued articles (PostgreSQL, any number of hosts)',
  usage,
  options: Type.Object({ db: DbOption, concurrency: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_CONCURRENCY, short: 'c' })), quiet: QuietOption }),
  positionals: [],
  async run(values) {
    const db = dbPath(values.db, '');
    if (!isPostgresUrl(db)) throw new CrosscheckError('CC_USAGE', ['worker needs a PostgreSQL --db (postgres://…) or CROSSCHECK_DB']);
    const concurrency = values.concurrency ?? availableParallelism();
    const log = values.quiet === true ? () => {} : (line: string) => process.stderr.write(`worker ${process.pid}: ${line}\n`);

    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const repo = await PostgresRepository.open(db);
    try {
      await requireCurrent(repo, db, { rebuild: false, quiet: true });
    } catch (e) {
      await repo.close();
      throw e;
    }
    const pool = new AnalysisPool(concurrency);
    try {
      const boss = await openBoss(db);
      try {
        const jobs = new AnalyseJobs(repo, boss, pool, concurrency, log);
        const sequencer = new Sequencer(repo, boss, log);
        log(`started, ${concurrency} analysing at once`);
        await Promise.all([jobs.run(stop.signal), sequencer.run(stop.signal)]);
        log(`stopped: ${jobs.done} analysed, ${sequencer.stored} stored`);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await pool.close();
      await repo.close();
    }
  },
});
