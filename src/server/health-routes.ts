import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import type { Repository } from '../store/repository.js';
import { packageRoot } from '../util/package-root.js';
import { fastifySchema } from './route-schema.js';
import { routeDefs } from './route-table.js';

export const VERSION: string = (JSON.parse(readFileSync(new URL('package.json', packageRoot()), 'utf8')) as { version: string }).version;

export const healthRoutes: FastifyPluginAsync<{ repo: Repository }> = async (app, { repo }) => {
  const def = routeDefs.health;
  app.route({
    method: def.method,
    url: def.url,
    schema: fastifySchema(def),
    handler: async () => ({ status: 'ok' as const, version: VERSION, ...(await repo.counts()) }),
  });
};
