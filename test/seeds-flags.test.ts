import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import type { Story, StoryArticle } from '../src/model/dossier.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const SEEDS = new URL('seeds/', SHARED);
const has = existsSync(SEEDS);

function seedStory(): Story {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => {
    const id = f.slice(0, 3);
    // Seed 004 carries its own date line; the others are undated.
    const meta = id === '004' ? { source: f, id, published: '2025-03-03' } : { source: f, id };
    return analyseDoc(docFromText(readFileSync(new URL(f, SEEDS), 'utf8'), meta));
  });
  return buildStory('seeds', docs);
}

test('seed flags and scores', { skip: dataSkip(has) }, () => {
  const story = seedStory();
  const seed = (id: string): StoryArticle => story.articles.find((a) => a.id === id)!;
  const show = story.articles.map((a) => `${a.id} ${a.flags.join(',')} ${JSON.stringify(a.scores)}`).join('\n');
  const s000 = seed('000');
  assert.ok(s000.flags.includes('opinion') || s000.flags.includes('speculative'), show);
  assert.ok(seed('002').flags.includes('low-information'), show);
  for (const f of ['opinion', 'speculative', 'low-information'] as const) assert.ok(!seed('004').flags.includes(f), `004 ${f}\n${show}`);
  const others = story.articles.filter((a) => a.id !== '002');
  for (const a of others) {
    assert.ok(seed('002').scores.specificity < a.scores.specificity, `specificity 002 vs ${a.id}\n${show}`);
    assert.ok(seed('002').scores.sourcing <= a.scores.sourcing, `sourcing 002 vs ${a.id}\n${show}`);
  }
  // 003 and 004 quote named people and credit outlets: strictly better sourced than 002.
  for (const id of ['003', '004']) assert.ok(seed('002').scores.sourcing < seed(id).scores.sourcing, `sourcing 002 vs ${id}\n${show}`);
  assert.ok(seed('004').flags.includes('no-sources') === false, `004 credits sources\n${show}`);
});
