/**
 * The dossier contract: the JSON that `crosscheck analyze --format json`, the HTTP API and the UI share.
 * The schemas are the single source of truth: the TypeScript types are derived from them
 * (`Static<>`), the server validates with them and docs/dossier.schema.json is generated from them.
 */
import { Type, type Static } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Unit = Type.Number({ minimum: 0, maximum: 1 });

export const EvidenceSchema = Type.Object(
  {
    article: Type.String(),
    text: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { $id: 'Evidence', description: 'A sentence or phrase of one article, by character offsets into its text.' },
);

export const PlaceSchema = Type.Object(
  {
    article: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
  },
  { $id: 'Place', description: 'A span of one article, by character offsets into its text.' },
);

export const ArticleFlagSchema = Type.Union(
  [
    Type.Literal('opinion'),
    Type.Literal('speculative'),
    Type.Literal('low-information'),
    Type.Literal('internal-contradiction'),
    Type.Literal('name-inconsistency'),
    Type.Literal('near-duplicate'),
    Type.Literal('no-sources'),
  ],
  { $id: 'ArticleFlag' },
);

export const ScoresSchema = Type.Object(
  { originality: Unit, specificity: Unit, sourcing: Unit, hedging: Unit },
  { $id: 'Scores' },
);

export const StoryArticleSchema = Type.Object(
  {
    id: Type.String(),
    source: Type.String(),
    outlet: Nullable(Type.String()),
    title: Nullable(Type.String()),
    published: Nullable(Type.String({ description: 'ISO date or date-time' })),
    url: Nullable(Type.String()),
    /** Set when this article is a near-duplicate or syndicated copy of another in the story. */
    duplicateOf: Nullable(Type.String()),
    flags: Type.Array(ArticleFlagSchema),
    scores: ScoresSchema,
  },
  { $id: 'StoryArticle' },
);

export const EntityTypeSchema = Type.Union(
  [Type.Literal('person'), Type.Literal('organization'), Type.Literal('place'), Type.Literal('other')],
  { $id: 'EntityType' },
);

export const StoryEntitySchema = Type.Object(
  {
    name: Type.String(),
    type: EntityTypeSchema,
    aliases: Type.Array(Type.String()),
    roles: Type.Array(Type.String()),
    articles: Type.Array(Type.String()),
    mentions: Type.Integer({ minimum: 0 }),
  },
  { $id: 'StoryEntity' },
);

export const StoryQuoteSchema = Type.Object(
  {
    text: Type.String(),
    speaker: Nullable(Type.String()),
    speakerDescription: Nullable(Type.String()),
    cue: Nullable(Type.String()),
    article: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    alsoIn: Type.Array(Type.String(), { description: 'other articles carrying the same quote, in any wording (at most 100, earliest first)' }),
    repeats: Type.Array(PlaceSchema, {
      description: 'every other place with the same words and the same speaker; the entry itself is the earliest',
    }),
  },
  { $id: 'StoryQuote' },
);

export const StoryAttributionSchema = Type.Object(
  {
    article: Type.String(),
    cited: Type.String(),
    citedKind: Type.Union([Type.Literal('outlet'), Type.Literal('organization'), Type.Literal('person'), Type.Literal('anonymous')]),
    cue: Type.String(),
    text: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    firstReport: Type.Boolean(),
  },
  { $id: 'StoryAttribution' },
);

export const ClaimStatusSchema = Type.Union(
  [Type.Literal('corroborated'), Type.Literal('single-source'), Type.Literal('disputed')],
  { $id: 'ClaimStatus' },
);

export const StoryClaimSchema = Type.Object(
  {
    id: Type.String(),
    text: Type.String(),
    status: ClaimStatusSchema,
    /** Independent outlets behind the claim; rewrites of one source count once. */
    independentSources: Type.Array(Type.String()),
    support: Type.Array(
      Type.Composite([EvidenceSchema, Type.Object({ via: Nullable(Type.String({ description: 'outlet the article credits for this claim' })) })]),
    ),
    contradiction: Type.Array(EvidenceSchema),
    /** Supporting articles that add no independent confirmation (docs/dossier.md, Independence), each once, with why. */
    dependent: Type.Array(Type.Object({ article: Type.String(), reason: Type.String() })),
  },
  { $id: 'StoryClaim' },
);

export const DiscrepancyKindSchema = Type.Union(
  [
    Type.Literal('name-variant'),
    Type.Literal('number'),
    Type.Literal('date'),
    Type.Literal('duration'),
    Type.Literal('polarity'),
    Type.Literal('role'),
    Type.Literal('quote-wording'),
    Type.Literal('internal'),
  ],
  { $id: 'DiscrepancyKind' },
);

export const DiscrepancySideSchema = Type.Object(
  {
    value: Type.String({ description: 'The version as the articles give it ("four metres", "Deputy Mayor", a quote wording)' }),
    articles: Type.Array(Type.String()),
  },
  { $id: 'DiscrepancySide' },
);

export const DiscrepancySchema = Type.Object(
  {
    kind: DiscrepancyKindSchema,
    summary: Type.String(),
    articles: Type.Array(Type.String()),
    evidence: Type.Array(EvidenceSchema),
    sides: Type.Array(DiscrepancySideSchema, { description: 'The versions side by side: each value with the articles that give it' }),
  },
  { $id: 'Discrepancy' },
);

export const TimelineEntrySchema = Type.Object(
  {
    date: Type.String({ description: 'YYYY-MM-DD' }),
    text: Type.String(),
    articles: Type.Array(Type.String()),
    evidence: Type.Array(EvidenceSchema),
    announced: Type.Optional(Type.Boolean({ description: 'true when the date is after its article was published and the article announces it as ahead ("scheduled for", "will"); only such entries fall after the story\'s latest article' })),
  },
  { $id: 'TimelineEntry' },
);

export const BriefSentenceSchema = Type.Object(
  { text: Type.String(), citations: Type.Array(Type.String()), evidence: Type.Array(EvidenceSchema) },
  { $id: 'BriefSentence' },
);

export const ProvenanceSchema = Type.Object(
  {
    cited: Type.Array(Type.Object({ name: Type.String(), kind: Type.String(), citedBy: Type.Array(Type.String()), firstReport: Type.Boolean() })),
    firstReporter: Nullable(Type.String()),
    unsourced: Type.Array(Type.String({ description: 'ids of articles that credit no source at all' })),
  },
  { $id: 'Provenance' },
);

export const StorySchema = Type.Object(
  {
    id: Type.String(),
    headline: Type.String(),
    firstPublished: Nullable(Type.String()),
    lastPublished: Nullable(Type.String()),
    articles: Type.Array(StoryArticleSchema),
    entities: Type.Array(StoryEntitySchema),
    quotes: Type.Array(StoryQuoteSchema),
    attributions: Type.Array(StoryAttributionSchema),
    provenance: ProvenanceSchema,
    claims: Type.Array(StoryClaimSchema),
    discrepancies: Type.Array(DiscrepancySchema),
    timeline: Type.Array(TimelineEntrySchema),
    brief: Type.Array(BriefSentenceSchema),
  },
  { $id: 'Story' },
);

export const DossierSchema = Type.Object({ stories: Type.Array(StorySchema) }, { $id: 'Dossier' });

export type Evidence = Static<typeof EvidenceSchema>;
export type Place = Static<typeof PlaceSchema>;
export type ArticleFlag = Static<typeof ArticleFlagSchema>;
export type Scores = Static<typeof ScoresSchema>;
export type StoryArticle = Static<typeof StoryArticleSchema>;
export type StoryEntity = Static<typeof StoryEntitySchema>;
export type StoryQuote = Static<typeof StoryQuoteSchema>;
export type StoryAttribution = Static<typeof StoryAttributionSchema>;
export type ClaimStatus = Static<typeof ClaimStatusSchema>;
export type StoryClaim = Static<typeof StoryClaimSchema>;
export type DiscrepancyKind = Static<typeof DiscrepancyKindSchema>;
export type Discrepancy = Static<typeof DiscrepancySchema>;
export type DiscrepancySide = Static<typeof DiscrepancySideSchema>;
export type TimelineEntry = Static<typeof TimelineEntrySchema>;
export type BriefSentence = Static<typeof BriefSentenceSchema>;
export type Provenance = Static<typeof ProvenanceSchema>;
export type Story = Static<typeof StorySchema>;
export type Dossier = Static<typeof DossierSchema>;
