import type { FastifyPluginAsync } from 'fastify';
import { CrosscheckError } from '../errors.js';
import type { Repository } from '../store/repository.js';
import { fastifySchema } from './route-schema.js';
import { routeDefs } from './route-table.js';

export const articleRoutes: FastifyPluginAsync<{ repo: Repository }> = async (app, { repo }) => {
  const def = routeDefs.getArticle;
  app.route({
    method: def.method,
    url: def.url,
    schema: fastifySchema(def),
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const doc = await repo.getArticle(id);
      if (doc === null) throw new CrosscheckError('CC_ARTICLE_NOT_FOUND', [id]);
      return doc;
    },
  });
};
