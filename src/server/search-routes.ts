import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { ArticleFlagSchema, type Story } from '../model/dossier.js';
import { outletLabel } from '../analyze/article-label.js';
import type { Repository, StorySummary } from '../store/repository.js';
import { StorySummarySchema, type SearchQuery } from './api-schemas.js';
import { fastifySchema } from './route-schema.js';
import { routeDefs, type RouteDef } from './route-table.js';

/** The stories the desk's filters look through (the list shows at most 200 of them). */
const SCAN = 1000;
/** "Single-source heavy": at least half of a story's claims rest on one outlet only. */
const SINGLE_SOURCE_HEAVY = 0.5;

const DeskQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', maxLength: 40 })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', maxLength: 40 })),
    sort: Type.Optional(Type.Union([Type.Literal('size'), Type.Literal('recency'), Type.Literal('outlets'), Type.Literal('disputes')], { default: 'size' })),
    outlet: Type.Optional(Type.String({ maxLength: 200, description: 'only stories with an article from this outlet (its label)' })),
    flag: Type.Optional(ArticleFlagSchema),
    status: Type.Optional(Type.Union([Type.Literal('disputed'), Type.Literal('single-source')], { description: 'disputed: has disputed claims or discrepancies; single-source: single-source heavy' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  },
  { additionalProperties: false },
);

const DeskStorySchema = Type.Composite([
  StorySummarySchema,
  Type.Object({
    outlets: Type.Array(Type.String()),
    flags: Type.Array(ArticleFlagSchema),
    claims: Type.Integer({ minimum: 0 }),
    singleSource: Type.Integer({ minimum: 0 }),
  }),
]);

const DeskListSchema = Type.Object({
  stories: Type.Array(DeskStorySchema),
  total: Type.Integer({ minimum: 0, description: 'stories matching search and filters (before the limit)' }),
  outlets: Type.Array(Type.Object({ name: Type.String(), stories: Type.Integer({ minimum: 0 }) })),
  flags: Type.Array(Type.Object({ name: ArticleFlagSchema, stories: Type.Integer({ minimum: 0 }) })),
});

/** Not in the route table (which another part owns) yet; shaped like its entries so it can move there. */
export const deskStoriesDef = {
  method: 'GET',
  url: '/api/desk/stories',
  summary: 'The desk’s story list: search, date range, outlet / flag / status filters, sort by size, recency, outlets or disputes',
  write: false,
  querystring: DeskQuerySchema,
  response: { 200: DeskListSchema },
} as const satisfies RouteDef;

type DeskQuery = Static<typeof DeskQuerySchema>;
type DeskStory = Static<typeof DeskStorySchema>;

function deskStory(summary: StorySummary, story: Story): DeskStory {
  return {
    ...summary,
    outlets: [...new Set(story.articles.map((a) => outletLabel(a).text))].sort(),
    flags: [...new Set(story.articles.flatMap((a) => a.flags))].sort(),
    claims: story.claims.length,
    singleSource: story.claims.filter((c) => c.status === 'single-source').length,
  };
}

const matches = (s: DeskStory, q: DeskQuery): boolean =>
  (q.outlet === undefined || s.outlets.includes(q.outlet)) &&
  (q.flag === undefined || s.flags.includes(q.flag)) &&
  (q.status !== 'disputed' || s.disputed > 0 || s.discrepancies > 0) &&
  (q.status !== 'single-source' || (s.claims > 0 && s.singleSource / s.claims >= SINGLE_SOURCE_HEAVY));

/** Counts of each value over the stories, most stories first, for the filter menus. */
function tally<T extends string>(values: T[][]): { name: T; stories: number }[] {
  const n = new Map<T, number>();
  for (const vs of values) for (const v of vs) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].map(([name, stories]) => ({ name, stories })).sort((a, b) => b.stories - a.stories || a.name.localeCompare(b.name));
}

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

  // The desk's story list: the store's search and date range, then the filters that need the
  // dossier (outlet, flag, status) and the sort by outlets, which the store's summary lacks.
  app.get(deskStoriesDef.url, { schema: fastifySchema(deskStoriesDef) }, async (request) => {
    const q = request.query as DeskQuery;
    const sort = q.sort ?? 'size';
    const summaries = await repo.listStories({
      sort: sort === 'outlets' ? 'size' : sort,
      limit: SCAN,
      ...(q.q ? { q: q.q } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
    });
    const all: DeskStory[] = [];
    for (const s of summaries) {
      const story = await repo.getStory(s.id);
      if (story) all.push(deskStory(s, story));
    }
    const kept = all.filter((s) => matches(s, q));
    if (sort === 'outlets') kept.sort((a, b) => b.outletCount - a.outletCount || b.articleCount - a.articleCount);
    return {
      stories: kept.slice(0, q.limit ?? 100),
      total: kept.length,
      outlets: tally(all.map((s) => s.outlets)),
      flags: tally(all.map((s) => s.flags)),
    };
  });
};
