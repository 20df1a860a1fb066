/**
 * How articles are named for readers when they name no outlet: the host of their URL or their
 * file name, never a hash id or a headline; the desk's copy of the rule (src/server/ui/format.js)
 * agrees with the dossier's (src/analyze/article-label.ts). On the seeds: four name no outlet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleLabel, articleLabels, outletLabel } from '../src/analyze/article-label.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import type { ArticleDoc } from '../src/model/article.js';
import { Engine } from '../src/engine/engine.js';
import { openRepository } from '../src/store/open-repository.js';
import { dossierMarkdown } from '../src/render/markdown.js';
import { dossierHtml } from '../src/render/html.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const SEEDS = new URL('seeds/', SHARED);
const hasSeeds = existsSync(SEEDS);
const HASH_ID = /\ba-[0-9a-f]{12}\b/;

type Labelled = { id: string; outlet: string | null; source: string; url: string | null; title?: string | null };
const art = (over: Partial<Labelled>): Labelled => ({ id: 'a-53cb1497b7c3', outlet: null, source: '../shared/seeds/003_eebf53b3523a5c89.txt', url: null, title: null, ...over });

const CASES: [Labelled, string, string][] = [
  [art({ outlet: 'Harbour Wire' }), 'Harbour Wire', 'outlet'],
  [art({ title: 'Stop: Trump’s Defense Secretary Halts Offensive Cyberoperations' }), '003_eebf53b3523a5c89', 'file'],
  [art({}), '003_eebf53b3523a5c89', 'file'],
  [art({ source: 'C:\\news\\in\\story.html.gz' }), 'story', 'file'],
  [art({ source: 'examples/other/orvell-tram-strike.jsonl#metro-bulletin-7', id: 'metro-bulletin-7' }), 'orvell-tram-strike #metro-bulletin-7', 'file'],
  [art({ source: 'feeds/city.xml#4' }), 'city #4', 'file'],
  [art({ source: 'feeds/city.xml#a-0123456789ab' }), 'city', 'file'],
  [art({ url: 'http://127.0.0.1:8080/x' }), '127.0.0.1', 'host'],
  [art({ source: 'https://www.example-news.com/2031/a.html' }), 'example-news.com', 'host'],
  [art({ source: 'upload' }), 'unknown outlet', 'unknown'],
  [art({ source: 'upload#mine', id: 'mine' }), '#mine', 'file'],
  [art({ source: 'upload', id: 'given-id' }), 'given-id', 'unknown'],
];

test('outlet labels: the outlet, else the URL host or the file name; never the headline or a hash id', () => {
  for (const [doc, text, from] of CASES) assert.deepEqual(outletLabel(doc), { text, from }, JSON.stringify(doc));
  assert.equal(articleLabel(art({ title: 'A Headline' })), '003_eebf53b3523a5c89');
  assert.equal(articleLabels([art({ outlet: 'Harbour Wire' }), art({}), art({ outlet: 'Harbour Wire', id: 'other' })]), 'Harbour Wire, 003_eebf53b3523a5c89');
});

test('outlet labels: the desk computes the same label as the dossier', async () => {
  const format = (await import(new URL('../../src/server/ui/format.js', import.meta.url).href)) as { outletLabel: (a: unknown) => { text: string; from: string } };
  for (const [doc] of CASES) assert.deepEqual(format.outletLabel(doc), outletLabel(doc), JSON.stringify(doc));
});

async function seedDocs(): Promise<ArticleDoc[]> {
  const docs: ArticleDoc[] = [];
  for await (const item of ingestInputs([fileURLToPath(SEEDS)], {})) if (item.kind === 'article') docs.push(item.doc);
  return docs;
}

test('outlet labels on the seeds: no outlet is a headline, the unnamed ones show their file names', { skip: dataSkip(hasSeeds, 'needs ../shared/seeds') }, async () => {
  const docs = await seedDocs();
  const byFile = new Map(docs.map((d) => [d.source.replace(/^.*\//, '').slice(0, 3), d]));
  assert.equal(byFile.get('004')!.outlet, 'Global Leaders Insights');
  const s002 = byFile.get('002')!;
  assert.match(s002.title ?? '', /^Stop: Trump’s Defense Secretary/);
  assert.equal(s002.outlet, null, 'the title line of seed 002 is its title, not its outlet');
  assert.equal(articleLabel(s002), '002_465da549845288e1');
  for (const d of docs) {
    if (d.outlet !== null) assert.notEqual(d.outlet, d.title, d.source);
    assert.doesNotMatch(articleLabel(d), HASH_ID, d.source);
  }
  assert.deepEqual(
    docs.filter((d) => d.outlet === null).map((d) => outletLabel(d).from),
    ['file', 'file', 'file', 'file'],
    'four seeds name no outlet; each is labelled by its file name',
  );
});

test('outlet labels on the seeds: summaries and rendered dossiers name no article by hash id or headline', { skip: dataSkip(hasSeeds, 'needs ../shared/seeds') }, async () => {
  const repo = await openRepository(':memory:');
  try {
    const engine = await Engine.open(repo);
    await engine.ingest(ingestInputs([fileURLToPath(SEEDS)], {}));
    const stories = await engine.stories();
    const story = stories.find((s) => s.articles.length === 5);
    assert.ok(story, 'the five seeds make one story');
    const titles = story.articles.map((a) => a.title).filter((t): t is string => t !== null && t !== story.headline);
    for (const d of story.discrepancies) {
      assert.doesNotMatch(d.summary, HASH_ID, d.summary);
      for (const t of titles) assert.ok(!d.summary.includes(t.slice(0, 30)), `a headline names an article: ${d.summary}`);
    }
    const md = dossierMarkdown({ stories: [story] });
    const table = md.slice(md.indexOf('### Articles'), md.indexOf('### Claims'));
    assert.match(table, /002\\_465da549845288e1 \(file name\)/);
    // Ids stay in the id column; the lists name articles by label (checked: what the renderer
    // adds, i.e. the articles table's outlet column, the brief's citations and each list's articles).
    let section = '';
    for (const line of md.split('\n')) {
      if (line.startsWith('### ')) section = line;
      if (section === '### Articles' && line.startsWith('| a-')) assert.doesNotMatch(line.split(' | ')[1]!, HASH_ID, line);
      else if (section === '### Brief' && line.startsWith('- ')) assert.doesNotMatch(line.slice(line.lastIndexOf(' [')), HASH_ID, line);
      else if (line.startsWith('- ') && section !== '### Entities') assert.doesNotMatch(line.slice(line.lastIndexOf(' (')), HASH_ID, line);
    }
    const html = dossierHtml({ stories: [story] });
    assert.match(html, /<td>002_465da549845288e1 \(file name\)<\/td>/);
  } finally {
    await repo.close();
  }
});
