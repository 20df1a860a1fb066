/**
 * `crosscheck rebuild`: bring a database's stored analysis up to this version. Articles whose
 * analysis stamp is not this process's (src/store/analysis-stamp.ts) are analysed again from
 * their stored text, blocks and metadata; then every story that held one, and every dossier with
 * another stamp, is rebuilt. Story grouping and clustering fingerprints are kept: they record
 * decisions the online clusterer made in stream order, which re-analysis does not replay.
 */
import { CrosscheckError, isCrosscheckError } from '../errors.js';
import { Engine } from './engine.js';
import { analyseDoc } from '../nlp/pipeline.js';
import { AnalysisPool } from './analysis-pool.js';
import { analysisStamp } from '../store/analysis-stamp.js';
import { analysisInputOf, storedDoc, type StoredDoc } from '../store/doc-codec.js';
import type { Repository, Staleness } from '../store/repository.js';

/** Articles re-analysed and saved per transaction (and per scan page). */
const PAGE = 64;

/** Re-analysis uses worker threads only when there is enough of it to pay for their start-up. */
const POOL_AFTER = 64;

export interface RebuildProgress {
  /** After each page of articles: how many of `total` are done (re-analysed or failed). */
  articles?: (done: number, total: number) => void;
  /** Before the dossiers are rebuilt: how many stories. */
  stories?: (count: number) => void;
}

export interface RebuildReport {
  /** What was stale before the rebuild. */
  before: Staleness;
  reanalysed: number;
  /** Articles whose re-analysis failed: they stay stale, so commands keep refusing the database. */
  errors: { input: string; code: string; message: string }[];
  storiesRebuilt: number;
}

function coded(source: string, e: unknown): CrosscheckError {
  return isCrosscheckError(e) ? e : new CrosscheckError('CC_ANALYSIS_FAILED', [source, e instanceof Error ? e.message : String(e)], { cause: e });
}

export async function rebuildStale(repo: Repository, opts: { workers: number; progress?: RebuildProgress }): Promise<RebuildReport> {
  const stamp = analysisStamp();
  const before = await repo.staleness(stamp);
  const report: RebuildReport = { before, reanalysed: 0, errors: [], storiesRebuilt: 0 };
  const pool = opts.workers > 0 && before.articles > POOL_AFTER ? new AnalysisPool(opts.workers) : null;
  try {
    let afterId = '';
    let done = 0;
    for (;;) {
      // A resumable scan by id: articles that fail stay stale and are not met again in this run.
      const page = await repo.staleArticles(stamp, afterId, PAGE);
      if (page.length === 0) break;
      afterId = page[page.length - 1]!.id;
      const analysed = await Promise.all(
        page.map(async (row): Promise<StoredDoc | null> => {
          const input = analysisInputOf(row.encoded);
          try {
            return pool ? (await pool.analyseForStore(input)).doc : storedDoc(analyseDoc(input));
          } catch (e) {
            const error = coded(input.source, e);
            report.errors.push({ input: input.source, code: error.code, message: error.message });
            return null;
          }
        }),
      );
      const docs = analysed.filter((d): d is StoredDoc => d !== null);
      await repo.saveReanalysed(docs);
      report.reanalysed += docs.length;
      done += page.length;
      opts.progress?.articles?.(done, before.articles);
    }
    // Dossiers of another stamp whose articles were already current (a rebuild stopped between the
    // two phases by another writer, or a story-step change alone) are rebuilt too.
    await repo.markStaleStoriesDirty(stamp);
    const engine = await Engine.open(repo);
    opts.progress?.stories?.((await repo.dirtyStories()).length);
    report.storiesRebuilt = (await engine.refreshStories(pool)).length;
  } finally {
    await pool?.close();
  }
  return report;
}
