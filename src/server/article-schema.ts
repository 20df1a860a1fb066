/**
 * The ArticleDoc as served by GET /api/articles/:id. The document model is a TypeScript interface
 * (src/model/article.ts); this schema mirrors it for response serialization and the OpenAPI
 * document, and the compile-time checks at the bottom fail the build if the two drift apart.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ArticleDoc } from '../model/article.js';
import { EntityTypeSchema } from '../model/dossier.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Offset = Type.Integer({ minimum: 0 });
const spanFields = { start: Offset, end: Offset };
const SpanSchema = Type.Object(spanFields, { $id: 'Span', description: 'Half-open character range [start, end) into the article text.' });

export const BlockSchema = Type.Object(
  {
    ...spanFields,
    kind: Type.Union([
      Type.Literal('title'),
      Type.Literal('byline'),
      Type.Literal('dateline'),
      Type.Literal('heading'),
      Type.Literal('paragraph'),
      Type.Literal('boilerplate'),
      Type.Literal('caption'),
    ]),
  },
  { $id: 'Block' },
);

export const SentenceSchema = Type.Object({ ...spanFields, block: Offset, tokenStart: Offset, tokenEnd: Offset }, { $id: 'Sentence' });

export const MessageSchema = Type.Object(
  { ...spanFields, ruleId: Type.String(), reason: Type.String(), severity: Type.Union([Type.Literal('info'), Type.Literal('warning')]) },
  { $id: 'Message', description: 'A content problem pinned to the text.' },
);

const annotation = <K extends string, P extends Record<string, TSchema>>(kind: K, props: P) =>
  Type.Object({ ...spanFields, kind: Type.Literal(kind), ...props });

export const AnnotationSchema = Type.Union(
  [
    annotation('entity', { type: EntityTypeSchema, name: Type.String(), roles: Type.Array(Type.String()), aliases: Type.Array(Type.String()) }),
    annotation('date', { value: Type.String(), relative: Type.Boolean() }),
    annotation('number', { value: Type.Number(), unit: Nullable(Type.String()) }),
    annotation('quote', {
      text: Type.String(),
      speaker: Nullable(Type.String()),
      speakerDescription: Nullable(Type.String()),
      cue: Nullable(Type.String()),
      speakerSpan: Nullable(SpanSchema),
    }),
    annotation('attribution', {
      cited: Type.String(),
      citedKind: Type.Union([Type.Literal('outlet'), Type.Literal('organization'), Type.Literal('person'), Type.Literal('anonymous')]),
      cue: Type.String(),
      firstReport: Type.Boolean(),
      content: Nullable(SpanSchema),
    }),
    annotation('hedge', {
      cue: Type.String(),
      category: Type.Union([Type.Literal('speculation'), Type.Literal('opinion'), Type.Literal('hedge'), Type.Literal('sweeping')]),
    }),
    annotation('claim', { subject: Nullable(Type.String()), predicate: Nullable(Type.String()), object: Nullable(Type.String()), negated: Type.Boolean() }),
  ],
  { $id: 'Annotation' },
);

export const ArticleDocSchema = Type.Object(
  {
    id: Type.String(),
    source: Type.String(),
    contentHash: Type.String(),
    url: Nullable(Type.String()),
    outlet: Nullable(Type.String()),
    title: Nullable(Type.String()),
    author: Nullable(Type.String()),
    published: Nullable(Type.String()),
    text: Type.String({ description: 'The text every span indexes.' }),
    blocks: Type.Array(BlockSchema),
    tokens: Type.Array(SpanSchema),
    sentences: Type.Array(SentenceSchema),
    annotations: Type.Array(AnnotationSchema),
    messages: Type.Array(MessageSchema),
  },
  { $id: 'ArticleDoc' },
);

// Compile-time drift checks: each line fails to type-check if schema and model disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const docMatches: Same<Static<typeof ArticleDocSchema>, ArticleDoc> = true;
void docMatches;
