import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import type { StoreWrite } from '../src/store/repository.js';
import { storedDoc } from '../src/store/doc-codec.js';
import { testBackends } from './support/backends.js';

/** Every backend runs the same suite against a real database (no mocks). */
const backends = testBackends();

// Unanalysed documents are enough here: the store does not look inside annotations.
function doc(id: string, text: string, hash = `hash-${id}`): ArticleDoc {
  return newArticle({
    id,
    source: `${id}.txt`,
    contentHash: hash,
    text,
    meta: { url: null, outlet: 'Outlet', title: `Title ${id}`, author: null, published: `2031-05-0${id.length}` },
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
  });
}

const article = (d: ArticleDoc, storyId: string): StoreWrite => ({ kind: 'article', doc: storedDoc(d), raw: d.text, fingerprint: { articleId: d.id, storyId, day: 1, data: 'f' } });

for (const backend of backends) {
  test(`saveBatch (${backend.name}): writes apply in order, merges move earlier articles of the batch`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      await repo.saveBatch([
        article(doc('a', 'Quarry workers struck on Monday.'), 's1'),
        article(doc('bb', 'The quarry strike spread to the port.'), 's2'),
        { kind: 'merge', from: 's2', into: 's1', reason: 'bridged by ccc' },
        article(doc('ccc', 'Port and quarry unions met the mayor.'), 's1'),
      ]);
      assert.deepEqual((await repo.articlesOfStory('s1')).map((d) => d.id), ['a', 'bb', 'ccc']);
      assert.deepEqual(await repo.articlesOfStory('s2'), []);
      assert.deepEqual(await repo.dirtyStories(), ['s1']);
      assert.deepEqual((await repo.fingerprintsSince(null)).map((f) => [f.articleId, f.storyId]), [['a', 's1'], ['bb', 's1'], ['ccc', 's1']]);
    } finally {
      await repo.close();
      done();
    }
  });

  test(`saveBatch (${backend.name}): a failing write leaves nothing of the batch stored`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      await repo.saveBatch([article(doc('a', 'Quarry workers struck on Monday.'), 's1')]);
      // The second article reuses the first one's content hash (a UNIQUE column): the batch must fail whole.
      await assert.rejects(repo.saveBatch([article(doc('bb', 'Fresh text about a ferry.'), 's2'), article(doc('ccc', 'Other text.', 'hash-a'), 's3')]));
      assert.deepEqual(await repo.counts(), { articles: 1, stories: 0 });
      assert.equal(await repo.findByHash('hash-bb'), null);
      assert.deepEqual(await repo.dirtyStories(), ['s1']);
      assert.deepEqual(await repo.searchArticles('ferry', 5), []);
    } finally {
      await repo.close();
      done();
    }
  });

  test(`saveBatch (${backend.name}): re-saving an article replaces its full-text entry`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      await repo.saveBatch([article(doc('a', 'Quarry workers struck on Monday.'), 's1'), article(doc('bb', 'The quarry strike spread.'), 's1')]);
      await repo.saveBatch([article(doc('a', 'Ferry crews struck on Tuesday.'), 's1')]);
      assert.deepEqual(await repo.searchArticles('ferry', 5).then((h) => h.map((x) => x.articleId)), ['a']);
      assert.deepEqual(await repo.searchArticles('quarry', 5).then((h) => h.map((x) => x.articleId)), ['bb']);
    } finally {
      await repo.close();
      done();
    }
  });
}
