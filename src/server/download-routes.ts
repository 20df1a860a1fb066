import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { CrosscheckError } from '../errors.js';
import { renderers, type Format } from '../render/formats.js';
import type { Repository } from '../store/repository.js';
import { ErrorBodySchema, IdParamsSchema } from './api-schemas.js';
import { fastifySchema } from './route-schema.js';
import type { RouteDef } from './route-table.js';

const DownloadQuerySchema = Type.Object(
  { format: Type.Union([Type.Literal('json'), Type.Literal('md'), Type.Literal('html')], { default: 'json' }) },
  { additionalProperties: false },
);

const TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** Shaped like the route table's entries so it can move there; the body is a file, not JSON to validate. */
export const downloadDef = {
  method: 'GET',
  url: '/api/stories/:id/dossier',
  summary: 'One story’s dossier as a file: JSON, Markdown or HTML (the CLI’s formats)',
  write: false,
  params: IdParamsSchema,
  querystring: DownloadQuerySchema,
  response: { 400: ErrorBodySchema, 404: ErrorBodySchema },
} as const satisfies RouteDef;

/** One story's dossier as a file, in the CLI's formats (the same renderers as `crosscheck analyze --format`). */
export const downloadRoutes: FastifyPluginAsync<{ repo: Repository }> = async (app, { repo }) => {
  app.get(downloadDef.url, { schema: fastifySchema(downloadDef) }, async (request, reply) => {
    const { id } = request.params as Static<typeof IdParamsSchema>;
    const { format } = request.query as Static<typeof DownloadQuerySchema>;
    const story = await repo.getStory(id);
    if (story === null) throw new CrosscheckError('CC_STORY_NOT_FOUND', [id]);
    const file = `story-${id.replace(/[^A-Za-z0-9_-]+/g, '_')}.${format}`;
    return reply
      .type(TYPES[format])
      .header('content-disposition', `attachment; filename="${file}"`)
      // The HTML dossier is a standalone page; opened from the server it may load nothing else.
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(renderers[format]({ stories: [story] }));
  });
};
