import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { Repository } from '../store/repository.js';
import { StorySummarySchema } from './api-schemas.js';
import { fastifySchema } from './route-schema.js';
import type { RouteDef } from './route-table.js';

/** How many stories one poll looks at; the desk lists at most 200, so this covers what it shows. */
const SCAN = 1000;

const ChangesQuerySchema = Type.Object(
  { since: Type.Optional(Type.String({ maxLength: 40, description: 'the cursor of the previous answer; omitted: every story' })) },
  { additionalProperties: false },
);

const ChangesSchema = Type.Object({
  cursor: Type.String({ description: 'pass as `since` next time: the newest updatedAt seen' }),
  stories: Type.Array(StorySummarySchema, { description: 'stories whose dossier was saved after `since`, newest first' }),
});

/** Shaped like the route table's entries so it can move there. */
export const changesDef = {
  method: 'GET',
  url: '/api/changes',
  summary: 'Stories whose dossier changed since a cursor (the desk polls it to follow stories live)',
  write: false,
  querystring: ChangesQuerySchema,
  response: { 200: ChangesSchema },
} as const satisfies RouteDef;

/**
 * The change feed the desk polls to follow stories live while `watch` or the queue workers fill
 * the database (another process may be writing it, so the server cannot push from its own
 * writes). The cursor is the newest dossier time the store reports, not this server's clock, so
 * clock skew between writer and server cannot lose a change.
 */
export const changesRoutes: FastifyPluginAsync<{ repo: Repository }> = async (app, { repo }) => {
  app.get(changesDef.url, { schema: fastifySchema(changesDef) }, async (request) => {
    const { since = '' } = request.query as Static<typeof ChangesQuerySchema>;
    const all = await repo.listStories({ sort: 'recency', limit: SCAN });
    const changed = all.filter((s) => s.updatedAt > since).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    const cursor = all.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), since);
    return { cursor, stories: changed };
  });
};
