import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../src/ingest/ingest.js';
import type { ArticleDoc, BlockKind } from '../src/model/article.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const SEEDS = new URL('seeds/', SHARED);
const has = existsSync(SEEDS);

async function seeds(): Promise<Map<string, ArticleDoc>> {
  const out = new Map<string, ArticleDoc>();
  for await (const item of ingestInputs([fileURLToPath(SEEDS)], {})) {
    assert.equal(item.kind, 'article', item.kind === 'error' ? item.error.message : '');
    if (item.kind === 'article') out.set(item.doc.source.replace(/^.*\//, '').slice(0, 3), item.doc);
  }
  return out;
}

const blocksOf = (doc: ArticleDoc, kind: BlockKind): string[] => doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));

test('seed articles: metadata and structure', { skip: dataSkip(has) }, async () => {
  const docs = await seeds();
  assert.equal(docs.size, readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length);
  const s004 = docs.get('004')!;
  assert.equal(s004.outlet, 'Global Leaders Insights');
  assert.equal(s004.title, 'Hegseth Calls for Halt in US Cyber-Offensive Against Russia');
  assert.equal(s004.published, '2025-03-03');
  assert.equal(s004.author, 'Global Leaders Insights Team');
  assert.deepEqual(blocksOf(s004, 'boilerplate'), ['.jpg)']);

  const s003 = docs.get('003')!;
  const headings = blocksOf(s003, 'heading');
  for (const h of ['Pentagon Stays Silent', 'Experts Warn of Security Risks']) assert.ok(headings.includes(h), h);
  assert.equal(s003.title, null, 'a first line that is a sentence is not a title');

  assert.ok(blocksOf(docs.get('000')!, 'boilerplate').includes('Read the original article here'));

  const s002 = docs.get('002')!;
  assert.deepEqual(blocksOf(s002, 'dateline'), ['WASHINGTON, D.C. –']);
  assert.ok(blocksOf(s002, 'paragraph')[0]!.startsWith('In a significant move'));
  assert.equal(s002.blocks[0]!.kind, 'title');

  // Every seed keeps its full text and has analysable paragraphs.
  for (const doc of docs.values()) {
    assert.ok(blocksOf(doc, 'paragraph').length >= 5, doc.source);
    for (const b of doc.blocks) assert.ok(b.start < b.end && b.end <= doc.text.length);
  }
});
