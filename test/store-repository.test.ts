import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import { storedStory } from '../src/store/summary.js';
import { testBackends } from './support/backends.js';

/** Every backend runs the same suite against a real database (no mocks). */
const backends = testBackends();

function doc(id: string, text: string, published: string | null, outlet: string): ArticleDoc {
  const d = newArticle({
    id,
    source: `${id}.txt`,
    contentHash: `hash-${id}`,
    text,
    meta: { url: null, outlet, title: `Title ${id}`, author: null, published },
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
  });
  return analyseDoc(d);
}

for (const backend of backends) {
  test(`repository (${backend.name}): articles round-trip with spans, idempotent by hash`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      const a = doc('a1', 'The harbour bridge in Veldmark closed on Tuesday. Engineers found cracks.', '2031-05-06', 'Veldmark Post');
      await repo.saveArticle(a, 'raw text a1', { articleId: 'a1', storyId: 's1', day: 22406, data: '{}' });
      assert.equal(await repo.findByHash('hash-a1'), 'a1');
      assert.equal(await repo.findByHash('nope'), null);
      const back = await repo.getArticle('a1');
      assert.ok(back);
      assert.equal(back.text, a.text);
      assert.deepEqual(back.sentences, a.sentences);
      assert.deepEqual(back.tokens, a.tokens, 'tokens are recomputed identically');
      assert.equal(await repo.getRaw('a1'), 'raw text a1');
      assert.equal(await repo.getArticle('missing'), null);
      // saving again with the same id replaces, never duplicates
      await repo.saveArticle(a, 'raw text a1', { articleId: 'a1', storyId: 's1', day: 22406, data: '{}' });
      assert.deepEqual(await repo.counts(), { articles: 1, stories: 0 });
    } finally {
      await repo.close();
      done();
    }
  });

  test(`repository (${backend.name}): dirty stories, dossiers, listing, search, merges`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      const a = doc('a1', 'The harbour bridge in Veldmark closed on Tuesday after engineers found cracks.', '2031-05-06', 'Veldmark Post');
      const b = doc('b1', 'Veldmark engineers closed the harbour bridge, citing cracks in two pylons.', '2031-05-07', 'Coast Courier');
      const c = doc('c1', 'A marathon in Orlin drew 9,000 runners on Sunday.', '2031-05-04', 'Orlin Daily');
      await repo.saveArticle(a, 'a', { articleId: 'a1', storyId: 's1', day: 22406, data: 'fa' });
      await repo.saveArticle(b, 'b', { articleId: 'b1', storyId: 's2', day: 22407, data: 'fb' });
      await repo.saveArticle(c, 'c', { articleId: 'c1', storyId: 's3', day: null, data: 'fc' });
      assert.deepEqual(await repo.dirtyStories(), ['s1', 's2', 's3']);
      await repo.mergeStories('s2', 's1', 'bridging article');
      assert.deepEqual((await repo.articlesOfStory('s1')).map((d) => d.id), ['a1', 'b1']);
      assert.deepEqual(await repo.articlesOfStory('s2'), []);
      for (const id of await repo.dirtyStories()) await repo.saveStory(storedStory(buildStory(id, await repo.articlesOfStory(id))));
      assert.deepEqual(await repo.dirtyStories(), []);
      const s1 = await repo.getStory('s1');
      assert.equal(s1?.articles.length, 2);
      assert.equal(await repo.getStory('s2'), null);
      const list = await repo.listStories({ sort: 'size' });
      assert.deepEqual(list.map((s) => [s.id, s.articleCount, s.outletCount]), [['s1', 2, 2], ['s3', 1, 1]]);
      assert.deepEqual((await repo.listStories({ q: 'marathon' })).map((s) => s.id), ['s3']);
      assert.deepEqual((await repo.listStories({ from: '2031-05-05' })).map((s) => s.id), ['s1']);
      const hits = await repo.searchArticles('pylons', 10);
      assert.deepEqual(hits.map((h) => h.articleId), ['b1']);
      assert.match(hits[0]!.snippet, /\[pylons\]/);
      assert.deepEqual(await repo.searchArticles('"); DROP TABLE articles; --', 5), []);
      assert.deepEqual((await repo.fingerprintsSince(22407)).map((f) => f.articleId), ['b1', 'c1']);
      assert.equal((await repo.fingerprintsSince(22407))[0]!.storyId, 's1', 'merge moved the fingerprint');
    } finally {
      await repo.close();
      done();
    }
  });

  test(`repository (${backend.name}): a story split moves only the listed articles, alone or in a batch`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      const texts = ['Flooding closed the Veldmark ring road.', 'The Veldmark ring road reopened after the flood.', 'Orlin voters elected a new mayor.', 'The new Orlin mayor took office.'];
      const ids = ['a1', 'a2', 'b1', 'b2'];
      for (const [i, id] of ids.entries()) await repo.saveArticle(doc(id, texts[i]!, '2031-05-06', 'Post'), id, { articleId: id, storyId: 's1', day: 22406, data: 'f' + id });
      for (const id of await repo.dirtyStories()) await repo.saveStory(storedStory(buildStory(id, await repo.articlesOfStory(id))));
      assert.deepEqual(await repo.dirtyStories(), []);
      // 'zz' is not stored under s1: it must be left alone, not created.
      await repo.moveArticles(['b1', 'zz'], 's1', 's2', 'split');
      await repo.saveBatch([{ kind: 'move', articleIds: ['b2'], from: 's1', into: 's2', reason: 'split' }]);
      assert.deepEqual((await repo.articlesOfStory('s1')).map((d) => d.id), ['a1', 'a2']);
      assert.deepEqual((await repo.articlesOfStory('s2')).map((d) => d.id), ['b1', 'b2']);
      assert.deepEqual(await repo.dirtyStories(), ['s1', 's2'], 'both sides of the split need new dossiers');
      const rows = await repo.fingerprintsSince(null);
      assert.deepEqual(rows.map((r) => [r.articleId, r.storyId]).sort(), [['a1', 's1'], ['a2', 's1'], ['b1', 's2'], ['b2', 's2']]);
      for (const id of await repo.dirtyStories()) await repo.saveStory(storedStory(buildStory(id, await repo.articlesOfStory(id))));
      assert.deepEqual(await repo.counts(), { articles: 4, stories: 2 });
      assert.equal((await repo.getStory('s2'))?.articles.length, 2);
    } finally {
      await repo.close();
      done();
    }
  });
}
