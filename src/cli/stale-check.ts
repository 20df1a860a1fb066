import { availableParallelism } from 'node:os';
import { CrosscheckError } from '../errors.js';
import { rebuildStale, type RebuildReport } from '../engine/rebuild-stale.js';
import { analysisStamp } from '../store/analysis-stamp.js';
import type { Repository, Staleness } from '../store/repository.js';
import { Progress } from './progress.js';

/** "3 articles and 2 dossiers", for messages. */
export function describeStale(s: Staleness): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  return `${n(s.articles, 'article')} and ${n(s.stories, 'dossier')}`;
}

function staleError(db: string, s: Staleness): CrosscheckError {
  return new CrosscheckError('CC_STALE_ANALYSIS', [`${db} holds ${describeStale(s)} analysed by another version of crosscheck`]);
}

/**
 * Before a command writes to a database (ingest, watch, serve, analyze --db, worker): stored rows
 * analysed by another version would be mixed with this version's, in stories and in clustering.
 * So stale rows are CC_STALE_ANALYSIS naming the database and the count, or, when the user asked
 * for it (`--rebuild`), re-analysed first.
 */
export async function requireCurrent(repo: Repository, db: string, opts: { rebuild: boolean; quiet: boolean }): Promise<void> {
  const stale = await repo.staleness(analysisStamp());
  if (stale.articles === 0 && stale.stories === 0) return;
  if (!opts.rebuild) throw staleError(db, stale);
  const report = await runRebuild(repo, opts.quiet);
  if (report.errors.length > 0) throw staleError(db, await repo.staleness(analysisStamp()));
}

/**
 * Reading commands (stories, show) still read a stale database (the dossiers shown are exactly the
 * stored ones, never re-analysed on the fly), with one warning on stderr that says so.
 */
export async function warnIfStale(repo: Repository, db: string, command: string): Promise<void> {
  const stale = await repo.staleness(analysisStamp());
  if (stale.articles === 0 && stale.stories === 0) return;
  process.stderr.write(`crosscheck ${command}: warning: CC_STALE_ANALYSIS: ${staleError(db, stale).message}\n`);
}

/** `crosscheck rebuild` and `--rebuild`: re-analyse with progress on a terminal and a summary on stderr; failures named. */
export async function runRebuild(repo: Repository, quiet: boolean): Promise<RebuildReport> {
  const progress = new Progress('rebuilding');
  const report = await rebuildStale(repo, {
    workers: availableParallelism(),
    progress: {
      articles: (done, total) => progress.show(`${done}/${total} articles re-analysed`),
      stories: (count) => progress.show(`rebuilding ${count} dossiers`, true),
    },
  });
  progress.done();
  for (const e of report.errors) process.stderr.write(`error: ${e.input}: ${e.code}: ${e.message}\n`);
  if (!quiet)
    process.stderr.write(`${report.reanalysed} articles re-analysed, ${report.errors.length} failed; ${report.storiesRebuilt} dossiers rebuilt\n`);
  return report;
}
