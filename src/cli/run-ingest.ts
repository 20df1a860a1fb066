import { availableParallelism } from 'node:os';
import { Engine, type BatchReport } from '../engine/engine.js';
import { ingestInputs } from '../ingest/ingest.js';
import type { Repository } from '../store/repository.js';
import { Progress } from './progress.js';

export interface RunIngestOptions {
  allowPrivate: boolean;
  quiet: boolean;
  /** False for `analyze` without --db: the articles are analysed in memory, and the summary must not say "stored". */
  keeps?: boolean;
  signal?: AbortSignal;
}

/** Ingest inputs into a repository, reporting each bad input on stderr by name; the batch goes on. */
export async function runIngest(repo: Repository, inputs: string[], opts: RunIngestOptions): Promise<BatchReport> {
  const engine = await Engine.open(repo);
  const progress = new Progress('ingesting');
  const report = await engine.ingest(ingestInputs(inputs, { allowPrivate: opts.allowPrivate }), (e) => {
    switch (e.kind) {
      case 'error':
        process.stderr.write(`error: ${e.input}: ${e.error.code}: ${e.error.message}\n`);
        break;
      case 'stored':
      case 'unchanged':
        progress.tick(e.source);
        break;
      case 'merged':
        break;
    }
  }, { workers: availableParallelism(), ...(opts.signal ? { signal: opts.signal } : {}) });
  progress.done();
  if (!opts.quiet)
    process.stderr.write(
      opts.keeps === false
        ? `${report.stored + report.unchanged} analysed, ${report.errors.length} failed; ${report.storiesUpdated.length} stories (in memory, nothing kept: use --db to keep them)\n`
        : `${report.stored} stored, ${report.unchanged} already stored, ${report.errors.length} failed; ${report.storiesUpdated.length} stories updated\n`,
    );
  return report;
}
