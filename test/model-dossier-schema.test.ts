import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { dossierJsonSchema } from '../src/model/dossier-json-schema.js';
import { DossierSchema } from '../src/model/dossier.js';
import { buildStory } from '../src/analyze/build-story.js';
import { newArticle } from '../src/model/article.js';
import { analyseDoc } from '../src/nlp/pipeline.js';

test('docs/dossier.schema.json is up to date with src/model/dossier.ts (run node dist/scripts/write-schema.js)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../docs/dossier.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, dossierJsonSchema());
});

test('a built story validates against the dossier schema, and a broken one does not', () => {
  const text = 'The council of Orlin approved a new tram line on Monday. Work starts in May.';
  const doc = analyseDoc(
    newArticle({
      id: 'x1',
      source: 'x1.txt',
      contentHash: 'h',
      text,
      meta: { url: null, outlet: 'Orlin Daily', title: 'Tram line approved', author: null, published: '2031-03-03' },
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    }),
  );
  const dossier = { stories: [buildStory('s-1', [doc])] };
  assert.deepEqual([...Value.Errors(DossierSchema, dossier)].map((e) => e.path), []);
  const broken = structuredClone(dossier) as { stories: { articles: { scores: { hedging: number } }[] }[] };
  broken.stories[0]!.articles[0]!.scores.hedging = 2;
  assert.equal(Value.Check(DossierSchema, broken), false);
});
