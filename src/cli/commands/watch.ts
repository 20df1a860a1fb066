import { setTimeout as sleep } from 'node:timers/promises';
import { Type } from '@sinclair/typebox';
import { openRepository } from '../../store/open-repository.js';
import { ChangedInputs } from '../changed-inputs.js';
import { defineCommand, EXIT } from '../command.js';
import { DbOption, dbPath, Flag, QuietOption } from '../options.js';
import { runIngest } from '../run-ingest.js';
import { requireCurrent } from '../stale-check.js';

const usage = `crosscheck watch <dir|file|feed-url…> [--interval SECONDS] [--db PATH] [--allow-private] [--rebuild] [--quiet]

Keep ingesting until stopped (Ctrl-C or SIGTERM): every interval (default 60 s, at most a day)
new or changed files below the given folders and new items of the given feeds are stored and
analysed. A stop finishes the article in hand, refreshes the affected stories and closes the
database: every article is either fully stored with its analysis or not at all.
A database holding analyses of another version is refused (CC_STALE_ANALYSIS, exit 7) unless
--rebuild is given, which first re-analyses them as \`crosscheck rebuild\` does.`;

/** Timers hold at most 2^31-1 ms (24.8 days); a longer interval would fire at once. A day is plenty. */
const MAX_INTERVAL_S = 86_400;

export const watchCommand = defineCommand({
  name: 'watch',
  summary: 'keep ingesting folders and feeds until stopped',
  usage,
  options: Type.Object({ db: DbOption, interval: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: MAX_INTERVAL_S })), 'allow-private': Flag(), rebuild: Flag(), quiet: QuietOption }),
  positionals: ['inputs…'],
  async run(values, inputs) {
    const interval = values.interval ?? 60;
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const db = dbPath(values.db, './crosscheck.db');
      const repo = await openRepository(db);
      const changed = new ChangedInputs();
      try {
        await requireCurrent(repo, db, { rebuild: values.rebuild === true, quiet: values.quiet === true });
        while (!stop.signal.aborted) {
          const next = await changed.next(inputs);
          if (next.length > 0) await runIngest(repo, next, { allowPrivate: values['allow-private'] === true, quiet: values.quiet === true, signal: stop.signal });
          await sleep(interval * 1000, undefined, { signal: stop.signal }).catch(() => {});
        }
        if (values.quiet !== true) process.stderr.write('watch: stopped; database closed cleanly\n');
        return EXIT.ok;
      } finally {
        await repo.close();
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
});
