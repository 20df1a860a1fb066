import Fastify, { type FastifyInstance } from 'fastify';
import { CrosscheckError } from '../errors.js';
import type { IngestQueue } from '../queue/enqueue.js';
import type { Repository } from '../store/repository.js';
import { articleRoutes } from './article-routes.js';
import { changesRoutes } from './changes-routes.js';
import { downloadRoutes } from './download-routes.js';
import { BODY_LIMIT, frameworkErrors, installErrorHandling } from './error-handler.js';
import { healthRoutes } from './health-routes.js';
import { ingestRoutes } from './ingest-routes.js';
import { isLoopbackHost } from './loopback.js';
import { openApiRoutes } from './openapi-routes.js';
import { registerSchemas } from './route-schema.js';
import { searchRoutes } from './search-routes.js';
import { storiesRoutes } from './stories-routes.js';
import { DEFAULT_WRITE_LIMIT, type RateLimit } from './token-bucket.js';
import { uiRoutes } from './ui-routes.js';

export interface AppOptions {
  repo: Repository;
  /** Bearer token for writes; required when `host` is not a loopback address. */
  token?: string | undefined;
  /** The address the server will listen on (default 127.0.0.1); decides whether a token is needed. */
  host?: string;
  /** Per-IP write limit (default: bursts of 20, then one every 3 s). */
  rateLimit?: RateLimit;
  /** Fastify request logging (off by default; the CLI turns it on with --verbose). */
  logger?: boolean;
  /** Enqueue POST /api/articles for queue workers instead of processing in this process. */
  queue?: IngestQueue | undefined;
}

/** The API and the desk UI as one fastify app; each feature is an encapsulated plugin. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token === '' ? undefined : opts.token;
  if (token === undefined && !isLoopbackHost(host))
    throw new CrosscheckError('CC_USAGE', [`refusing to serve on non-loopback host ${host} without a write token (--token or CROSSCHECK_TOKEN)`]);
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: BODY_LIMIT, frameworkErrors });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
  });
  installErrorHandling(app);
  registerSchemas(app);
  const { repo } = opts;
  await app.register(storiesRoutes, { repo });
  await app.register(articleRoutes, { repo });
  await app.register(searchRoutes, { repo });
  await app.register(changesRoutes, { repo });
  await app.register(downloadRoutes, { repo });
  await app.register(healthRoutes, { repo });
  await app.register(ingestRoutes, { repo, token, rateLimit: opts.rateLimit ?? DEFAULT_WRITE_LIMIT, queue: opts.queue });
  await app.register(openApiRoutes);
  await app.register(uiRoutes);
  return app;
}
