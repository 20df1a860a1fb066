import type { FastifyPluginAsync } from 'fastify';
import { openApiDocument } from './openapi.js';

export const openApiRoutes: FastifyPluginAsync = async (app) => {
  const doc = openApiDocument();
  app.get('/openapi.json', async () => doc);
};
