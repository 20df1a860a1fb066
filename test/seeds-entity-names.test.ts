import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import { entitiesStoryStep } from '../src/analyze/entities/story-entities.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const SEEDS = new URL('seeds/', SHARED);
const has = existsSync(SEEDS);

// The seeds write "News outlets confirmed …" at a sentence start and "the Warfighter in all
// operations": common nouns, which the tagger took for an organisation and a person.
test('seed story: capitalised common nouns are no entities', { skip: dataSkip(has) }, () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => analyseDoc(docFromText(readFileSync(new URL(f, SEEDS), 'utf8'), { source: fileURLToPath(new URL(f, SEEDS)), id: f.slice(0, 3) })));
  const names = buildStory('seeds', docs, [entitiesStoryStep]).entities.map((e) => e.name);
  for (const noun of ['News', 'Warfighter']) assert.ok(!names.includes(noun), `${noun} in ${names.join(', ')}`);
  for (const name of ['Pete Hegseth', 'Pentagon', 'CBS News', 'Kremlin']) assert.ok(names.includes(name), `${name} missing`);
});
