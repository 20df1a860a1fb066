import { Type } from '@sinclair/typebox';
import { openRepository } from '../../store/open-repository.js';
import { PostgresRepository } from '../../store/postgres-repository.js';
import { useQueue } from '../../queue/queue-settings.js';
import { runEnqueue } from '../run-enqueue.js';
import { batchExit, defineCommand } from '../command.js';
import { DbOption, dbPath, Flag, QuietOption } from '../options.js';
import { runIngest } from '../run-ingest.js';
import { requireCurrent } from '../stale-check.js';

const usage = `crosscheck ingest <inputs…> [--db PATH|postgres://…] [--queue] [--allow-private] [--rebuild] [--quiet]

Store and analyse articles: files, directories (recursive), http(s) URLs, RSS/Atom feeds
(file or URL) and JSON lines. Re-ingesting the same content does nothing. Bad inputs are
reported by name on stderr; the others are stored (exit 2; exit 6 when every input failed).
With --queue (or CROSSCHECK_QUEUE=1 and a PostgreSQL --db) the articles are only read here and
enqueued; \`crosscheck worker\` processes analyse and store them (docs/scaling.md).
A database holding analyses of another version is refused (CC_STALE_ANALYSIS, exit 7) unless
--rebuild is given, which first re-analyses them as \`crosscheck rebuild\` does.`;

export const ingestCommand = defineCommand({
  name: 'ingest',
  summary: 'store and analyse articles into the database',
  usage,
  options: Type.Object({ db: DbOption, queue: Flag(), 'allow-private': Flag(), rebuild: Flag(), quiet: QuietOption }),
  positionals: ['inputs…'],
  async run(values, inputs) {
    const db = dbPath(values.db, './crosscheck.db');
    const opts = { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true };
    const current = { rebuild: values.rebuild === true, quiet: opts.quiet };
    if (useQueue(values.queue, db)) {
      const repo = await PostgresRepository.open(db);
      try {
        await requireCurrent(repo, db, current);
        const report = await runEnqueue(repo, db, inputs, opts);
        return batchExit(report, report.enqueued + report.unchanged);
      } finally {
        await repo.close();
      }
    }
    const repo = await openRepository(db);
    try {
      await requireCurrent(repo, db, current);
      const report = await runIngest(repo, inputs, opts);
      return batchExit(report, report.stored + report.unchanged);
    } finally {
      await repo.close();
    }
  },
});
