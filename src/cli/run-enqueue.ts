import { ingestInputs } from '../ingest/ingest.js';
import { IngestQueue, type EnqueueReport } from '../queue/enqueue.js';
import type { PostgresRepository } from '../store/postgres-repository.js';
import { Progress } from './progress.js';

/** Read inputs here and enqueue their articles for `crosscheck worker` processes to analyse and store. */
export async function runEnqueue(repo: PostgresRepository, url: string, inputs: string[], opts: { allowPrivate: boolean; quiet: boolean }): Promise<EnqueueReport> {
  const queue = await IngestQueue.open(repo, url);
  const progress = new Progress('enqueueing');
  try {
    const report = await queue.enqueue(ingestInputs(inputs, { allowPrivate: opts.allowPrivate }), (e) => {
      if (e.kind === 'error') process.stderr.write(`error: ${e.input}: ${e.error.code}: ${e.error.message}\n`);
      else progress.tick(e.source);
    });
    progress.done();
    if (!opts.quiet) process.stderr.write(`${report.enqueued} enqueued, ${report.unchanged} already stored or queued, ${report.errors.length} failed\n`);
    return report;
  } finally {
    await queue.close();
  }
}
