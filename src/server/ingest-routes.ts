import type { FastifyPluginAsync } from 'fastify';
import { Engine } from '../engine/engine.js';
import type { IngestQueue } from '../queue/enqueue.js';
import type { IngestItem } from '../ingest/ingest-item.js';
import type { Repository } from '../store/repository.js';
import type { IngestResult, UploadArticle, UploadMeta } from './api-schemas.js';
import { BODY_LIMIT } from './error-handler.js';
import { fastifySchema } from './route-schema.js';
import { routeDefs } from './route-table.js';
import type { RateLimit } from './token-bucket.js';
import { itemFromHtml, itemFromText, itemsFromJson, itemsFromNdjson } from './upload-items.js';
import { writeGuard } from './write-guard.js';

export interface IngestRoutesOptions {
  repo: Repository;
  token: string | undefined;
  rateLimit: RateLimit;
  /** When set, articles are enqueued for `crosscheck worker` processes instead of processed here. */
  queue?: IngestQueue | undefined;
}

function itemsOf(contentType: string, body: unknown, meta: UploadMeta): IngestItem[] {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return itemsFromJson((body as { articles: UploadArticle[] }).articles);
  if (type === 'application/x-ndjson') return itemsFromNdjson(String(body));
  if (type === 'text/html') return [itemFromHtml(String(body), meta)];
  return [itemFromText(String(body), meta)];
}

export const ingestRoutes: FastifyPluginAsync<IngestRoutesOptions> = async (app, { repo, token, rateLimit, queue: jobQueue }) => {
  // Raw bodies arrive as strings; JSON and text/plain parsers are fastify's own.
  app.addContentTypeParser(['application/x-ndjson', 'text/html'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.addHook('onRequest', writeGuard(token, rateLimit));

  const engine = await Engine.open(repo);
  // The clusterer's memory is shared state: one batch at a time keeps its decisions consistent.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const def = routeDefs.postArticles;
  app.route({
    method: def.method,
    url: def.url,
    bodyLimit: BODY_LIMIT,
    schema: fastifySchema(def),
    handler: async (request): Promise<IngestResult> => {
      const items = itemsOf(request.headers['content-type'] ?? 'text/plain', request.body, request.query as UploadMeta);
      const ids: string[] = [];
      if (jobQueue) {
        const queued = await jobQueue.enqueue(items, (e) => {
          if (e.kind === 'enqueued' || e.kind === 'unchanged') ids.push(e.id);
        });
        return { ids, errors: queued.errors, storiesUpdated: [] };
      }
      const report = await serially(() =>
        engine.ingest(items, (e) => {
          if (e.kind === 'stored' || e.kind === 'unchanged') ids.push(e.id);
        }),
      );
      return { ids, errors: report.errors, storiesUpdated: report.storiesUpdated };
    },
  });
};
