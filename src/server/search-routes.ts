import type { FastifyPluginAsync } from 'fastify';
import type { Repository } from '../store/repository.js';
import type { SearchQuery } from './api-schemas.js';
import { fastifySchema } from './route-schema.js';
import { routeDefs } from './route-table.js';

export const searchRoutes: FastifyPluginAsync<{ repo: Repository }> = async (app, { repo }) => {
  const def = routeDefs.search;
  app.route({
    method: def.method,
    url: def.url,
    schema: fastifySchema(def),
    handler: async (request) => {
      const q = request.query as SearchQuery;
      return { hits: await repo.searchArticles(q.q, q.limit ?? 20) };
    },
  });
};
