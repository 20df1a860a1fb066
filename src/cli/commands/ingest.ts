import { openRepository } from '../../store/open-repository.js';
import { EXIT, type Command } from '../command.js';
import { dbPath, parse } from '../options.js';
import { runIngest } from '../run-ingest.js';

const usage = `crosscheck ingest <inputs…> [--db PATH] [--allow-private] [--quiet]

Store and analyse articles: files, directories (recursive), http(s) URLs, RSS/Atom feeds
(file or URL) and JSON lines. Re-ingesting the same content does nothing. Bad inputs are
reported by name on stderr; the others are stored.`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store and analyse articles into the database',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, 'allow-private': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } }, usage);
    if (values.help) return void console.log(usage), EXIT.ok;
    if (positionals.length === 0) return void console.error(usage), EXIT.usage;
    const repo = await openRepository(dbPath(values.db, './crosscheck.db'));
    try {
      const report = await runIngest(repo, positionals, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true });
      return report.errors.length > 0 ? EXIT.input : EXIT.ok;
    } finally {
      await repo.close();
    }
  },
};
