import { setTimeout as sleep } from 'node:timers/promises';
import { openRepository } from '../../store/open-repository.js';
import { CrosscheckError } from '../../errors.js';
import { ChangedInputs } from '../changed-inputs.js';
import { EXIT, type Command } from '../command.js';
import { dbPath, parse } from '../options.js';
import { runIngest } from '../run-ingest.js';

const usage = `crosscheck watch <dir|file|feed-url…> [--interval SECONDS] [--db PATH] [--allow-private] [--quiet]

Keep ingesting until stopped (Ctrl-C or SIGTERM): every interval (default 60 s) new or changed
files below the given folders and new items of the given feeds are stored and analysed.
A stop finishes the article in hand, refreshes the affected stories and closes the database:
every article is either fully stored with its analysis or not at all.`;

export const watchCommand: Command = {
  name: 'watch',
  summary: 'keep ingesting folders and feeds until stopped',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, interval: { type: 'string' }, 'allow-private': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } }, usage);
    if (values.help) return void console.log(usage), EXIT.ok;
    if (positionals.length === 0) return void console.error(usage), EXIT.usage;
    const interval = Number(values.interval ?? 60);
    if (!(interval > 0)) throw new CrosscheckError('CC_USAGE', [`--interval must be a positive number of seconds\n${usage}`]);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const repo = await openRepository(dbPath(values.db, './crosscheck.db'));
    const changed = new ChangedInputs();
    try {
      while (!stop.signal.aborted) {
        const inputs = await changed.next(positionals);
        if (inputs.length > 0)
          await runIngest(repo, inputs, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true, signal: stop.signal });
        await sleep(interval * 1000, undefined, { signal: stop.signal }).catch(() => {});
      }
      if (values.quiet !== true) process.stderr.write('watch: stopped; database closed cleanly\n');
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await repo.close();
    }
  },
};
