import { Type } from '@sinclair/typebox';
import { analysisStamp } from '../../store/analysis-stamp.js';
import { openRepository } from '../../store/open-repository.js';
import { defineCommand, EXIT } from '../command.js';
import { DbOption, dbPath, QuietOption } from '../options.js';
import { describeStale, runRebuild } from '../stale-check.js';

const usage = `crosscheck rebuild [--db PATH|postgres://…] [--quiet]

Re-analyse the stored articles that another version of crosscheck analysed (other models or
analysis code: see the analysis stamp in docs/development.md), from their stored text, then rebuild
the dossiers of their stories. Story grouping is kept. Does nothing on a current database.
Progress on a terminal; articles that fail are named (exit 2) and stay stale.`;

export const rebuildCommand = defineCommand({
  name: 'rebuild',
  summary: 're-analyse what another version stored',
  usage,
  options: Type.Object({ db: DbOption, quiet: QuietOption }),
  positionals: [],
  async run(values) {
    const db = dbPath(values.db, './crosscheck.db');
    const repo = await openRepository(db, { mustExist: true });
    try {
      const stale = await repo.staleness(analysisStamp());
      if (values.quiet !== true) process.stderr.write(`${db}: ${describeStale(stale)} to rebuild\n`);
      const report = await runRebuild(repo, values.quiet === true);
      return report.errors.length > 0 ? EXIT.input : EXIT.ok;
    } finally {
      await repo.close();
    }
  },
});
