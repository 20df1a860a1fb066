/** Request and response schemas of the HTTP API that are not part of the dossier contract. */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { SearchHit, StorySummary } from '../store/repository.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'ISO date (YYYY-MM-DD) or date-time' });

export const ErrorBodySchema = Type.Object(
  { error: Type.Object({ code: Type.String({ description: 'a code of src/errors.ts, e.g. CC_STORY_NOT_FOUND' }), message: Type.String() }) },
  { $id: 'ErrorBody' },
);

export const StorySummarySchema = Type.Object(
  {
    id: Type.String(),
    headline: Type.String(),
    articleCount: Type.Integer({ minimum: 0 }),
    outletCount: Type.Integer({ minimum: 0 }),
    firstPublished: Nullable(Type.String()),
    lastPublished: Nullable(Type.String()),
    corroborated: Type.Integer({ minimum: 0 }),
    disputed: Type.Integer({ minimum: 0 }),
    discrepancies: Type.Integer({ minimum: 0 }),
    updatedAt: Type.String(),
  },
  { $id: 'StorySummary' },
);

export const StoryListSchema = Type.Object(
  { stories: Type.Array(StorySummarySchema), limit: Type.Integer(), offset: Type.Integer() },
  { $id: 'StoryList' },
);

export const StoryListQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'full-text search over the stories’ articles' })),
    from: Type.Optional({ ...IsoDate, description: 'stories whose last article is on or after this date' }),
    to: Type.Optional({ ...IsoDate, description: 'stories whose first article is on or before this date' }),
    sort: Type.Optional(Type.Union([Type.Literal('size'), Type.Literal('recency'), Type.Literal('disputes')], { default: 'size' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

export const SearchHitSchema = Type.Object(
  {
    articleId: Type.String(),
    storyId: Nullable(Type.String()),
    title: Nullable(Type.String()),
    outlet: Nullable(Type.String()),
    snippet: Type.String({ description: 'matching passage, matches in [brackets]' }),
  },
  { $id: 'SearchHit' },
);

export const SearchResultSchema = Type.Object({ hits: Type.Array(SearchHitSchema) }, { $id: 'SearchResult' });

export const SearchQuerySchema = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);

export const IdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const HealthSchema = Type.Object(
  { status: Type.Literal('ok'), version: Type.String(), articles: Type.Integer({ minimum: 0 }), stories: Type.Integer({ minimum: 0 }) },
  { $id: 'Health' },
);

const Field = Type.Optional(Nullable(Type.String({ maxLength: 2000 })));

/** One article to ingest; given metadata wins over what extraction finds. Needs `text` or `html`. */
export const UploadArticleSchema = Type.Object(
  { id: Field, url: Field, outlet: Field, title: Field, author: Field, published: Field, text: Type.Optional(Type.String()), html: Type.Optional(Type.String()) },
  { $id: 'UploadArticle', additionalProperties: false },
);

/** Metadata for a raw (text/html, text/plain) upload, given as query parameters. */
export const UploadMetaSchema = Type.Object(
  {
    id: Type.Optional(Type.String({ maxLength: 200 })),
    url: Type.Optional(Type.String({ maxLength: 2000 })),
    outlet: Type.Optional(Type.String({ maxLength: 200 })),
    title: Type.Optional(Type.String({ maxLength: 2000 })),
    author: Type.Optional(Type.String({ maxLength: 200 })),
    published: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

export const UploadBodySchema = Type.Object({ articles: Type.Array(UploadArticleSchema, { minItems: 1, maxItems: 1000 }) }, { $id: 'UploadBody' });

export const IngestResultSchema = Type.Object(
  {
    ids: Type.Array(Type.String(), { description: 'ids of the articles stored (or already stored), in input order' }),
    errors: Type.Array(Type.Object({ input: Type.String(), code: Type.String(), message: Type.String() })),
    storiesUpdated: Type.Array(Type.String()),
  },
  { $id: 'IngestResult' },
);

export type UploadArticle = Static<typeof UploadArticleSchema>;
export type UploadMeta = Static<typeof UploadMetaSchema>;
export type StoryListQuery = Static<typeof StoryListQuerySchema>;
export type SearchQuery = Static<typeof SearchQuerySchema>;
export type IngestResult = Static<typeof IngestResultSchema>;

// Compile-time drift checks against the repository's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const summaryMatches: Same<Static<typeof StorySummarySchema>, StorySummary> = true;
const hitMatches: Same<Static<typeof SearchHitSchema>, SearchHit> = true;
void summaryMatches, hitMatches;
