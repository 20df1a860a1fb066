import type { FastifyPluginAsync } from 'fastify';
import { CrosscheckError } from '../errors.js';
import type { Repository, StoryQuery } from '../store/repository.js';
import type { StoryListQuery } from './api-schemas.js';
import { fastifySchema } from './route-schema.js';
import { routeDefs } from './route-table.js';

export const storiesRoutes: FastifyPluginAsync<{ repo: Repository }> = async (app, { repo }) => {
  const list = routeDefs.listStories;
  app.route({
    method: list.method,
    url: list.url,
    schema: fastifySchema(list),
    handler: async (request) => {
      // The schema validated the query and filled its defaults.
      const q = request.query as StoryListQuery;
      const query: StoryQuery = { sort: q.sort ?? 'size', limit: q.limit ?? 50, offset: q.offset ?? 0 };
      if (q.q) query.q = q.q;
      if (q.from) query.from = q.from;
      if (q.to) query.to = q.to;
      return { stories: await repo.listStories(query), limit: query.limit, offset: query.offset };
    },
  });

  const one = routeDefs.getStory;
  app.route({
    method: one.method,
    url: one.url,
    schema: fastifySchema(one),
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const story = await repo.getStory(id);
      if (story === null) throw new CrosscheckError('CC_STORY_NOT_FOUND', [id]);
      return story;
    },
  });
};
