/**
 * Every API route's method, path and schemas in one table. The feature plugins take their
 * definition from here and add a handler; the OpenAPI document is generated from the same table,
 * so the two cannot disagree.
 */
import type { TSchema } from '@sinclair/typebox';
import { StorySchema } from '../model/dossier.js';
import {
  ErrorBodySchema,
  HealthSchema,
  IdParamsSchema,
  IngestResultSchema,
  SearchQuerySchema,
  SearchResultSchema,
  StoryListQuerySchema,
  StoryListSchema,
  UploadBodySchema,
  UploadMetaSchema,
} from './api-schemas.js';
import { ArticleDocSchema } from './article-schema.js';

export interface RouteDef {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  /** Writes need the bearer token (when one is configured) and are rate-limited per IP. */
  write: boolean;
  params?: TSchema;
  querystring?: TSchema;
  /** Request body schemas by content type; `null` means accepted as raw text, not validated. */
  body?: Record<string, TSchema | null>;
  response: Record<number, TSchema>;
}

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorBodySchema]));

export const routeDefs = {
  listStories: {
    method: 'GET',
    url: '/api/stories',
    summary: 'List stories (search, date range, sort, paging)',
    write: false,
    querystring: StoryListQuerySchema,
    response: { 200: StoryListSchema, ...errors(400) },
  },
  getStory: {
    method: 'GET',
    url: '/api/stories/:id',
    summary: 'The dossier of one story',
    write: false,
    params: IdParamsSchema,
    response: { 200: StorySchema, ...errors(400, 404) },
  },
  getArticle: {
    method: 'GET',
    url: '/api/articles/:id',
    summary: 'One analysed article: text, blocks, sentences, annotations and messages as character spans',
    write: false,
    params: IdParamsSchema,
    response: { 200: ArticleDocSchema, ...errors(400, 404) },
  },
  postArticles: {
    method: 'POST',
    url: '/api/articles',
    summary: 'Ingest one or many articles; the stories they join are rebuilt',
    write: true,
    querystring: UploadMetaSchema,
    body: { 'application/json': UploadBodySchema, 'application/x-ndjson': null, 'text/html': null, 'text/plain': null },
    response: { 200: IngestResultSchema, ...errors(400, 401, 413, 415, 429) },
  },
  search: {
    method: 'GET',
    url: '/api/search',
    summary: 'Full-text search over article titles and texts',
    write: false,
    querystring: SearchQuerySchema,
    response: { 200: SearchResultSchema, ...errors(400) },
  },
  health: {
    method: 'GET',
    url: '/api/health',
    summary: 'Liveness and store counts',
    write: false,
    response: { 200: HealthSchema },
  },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof routeDefs;
