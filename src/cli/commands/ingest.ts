import { openRepository } from '../../store/open-repository.js';
import { PostgresRepository } from '../../store/postgres-repository.js';
import { useQueue } from '../../queue/queue-settings.js';
import { runEnqueue } from '../run-enqueue.js';
import { EXIT, type Command } from '../command.js';
import { dbPath, parse } from '../options.js';
import { runIngest } from '../run-ingest.js';

const usage = `crosscheck ingest <inputs…> [--db PATH|postgres://…] [--queue] [--allow-private] [--quiet]

Store and analyse articles: files, directories (recursive), http(s) URLs, RSS/Atom feeds
(file or URL) and JSON lines. Re-ingesting the same content does nothing. Bad inputs are
reported by name on stderr; the others are stored.
With --queue (or CROSSCHECK_QUEUE=1 and a PostgreSQL --db) the articles are only read here and
enqueued; \`crosscheck worker\` processes analyse and store them (docs/scaling.md).`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store and analyse articles into the database',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, queue: { type: 'boolean' }, 'allow-private': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } }, usage);
    if (values.help) return void console.log(usage), EXIT.ok;
    if (positionals.length === 0) return void console.error(usage), EXIT.usage;
    const db = dbPath(values.db, './crosscheck.db');
    if (useQueue(values.queue, db)) {
      const repo = await PostgresRepository.open(db);
      try {
        const report = await runEnqueue(repo, db, positionals, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true });
        return report.errors.length > 0 ? EXIT.input : EXIT.ok;
      } finally {
        await repo.close();
      }
    }
    const repo = await openRepository(db);
    try {
      const report = await runIngest(repo, positionals, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true });
      return report.errors.length > 0 ? EXIT.input : EXIT.ok;
    } finally {
      await repo.close();
    }
  },
};
