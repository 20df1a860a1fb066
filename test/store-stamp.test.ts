import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import { rebuildStale } from '../src/engine/rebuild-stale.js';
import { analysisStamp } from '../src/store/analysis-stamp.js';
import { decodeDoc, encodeDoc, storedDoc } from '../src/store/doc-codec.js';
import type { Repository } from '../src/store/repository.js';
import { storedStory } from '../src/store/summary.js';
import { isCrosscheckError } from '../src/errors.js';
import { testBackends } from './support/backends.js';

/** Every backend runs the same suite against a real database (no mocks). */
const backends = testBackends();

const OLD = 'an-older-version';

function doc(id: string, text: string, outlet: string): ArticleDoc {
  const d = newArticle({
    id,
    source: `${id}.txt`,
    contentHash: `hash-${id}`,
    text,
    meta: { url: null, outlet, title: `Title ${id}`, author: null, published: '2031-05-06' },
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
  });
  return analyseDoc(d);
}

const A = () => doc('a1', 'The harbour bridge in Veldmark closed on Tuesday. Engineers found cracks, officials said.', 'Veldmark Post');
const B = () => doc('b1', 'Veldmark engineers closed the harbour bridge, citing cracks in two pylons.', 'Coast Courier');
const C = () => doc('c1', 'A marathon in Orlin drew 9,000 runners on Sunday.', 'Orlin Daily');

/** Store articles as an older version would have: the same rows, another stamp. */
async function storeAsOld(repo: Repository, docs: ArticleDoc[], storyOf: (id: string) => string): Promise<void> {
  await repo.saveBatch(docs.map((d) => ({ kind: 'article' as const, doc: { ...storedDoc(d), stamp: OLD }, raw: d.text, fingerprint: { articleId: d.id, storyId: storyOf(d.id), day: 22406, data: '{}' } })));
  for (const id of await repo.dirtyStories()) await repo.saveStory({ ...storedStory(buildStory(id, await repo.articlesOfStory(id))), stamp: OLD });
}

for (const backend of backends) {
  test(`stamps (${backend.name}): rows carry the stamp they were written with; stale ones are counted and scanned by id`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      const now = analysisStamp();
      await storeAsOld(repo, [A(), B(), C()], (id) => (id === 'c1' ? 's2' : 's1'));
      assert.deepEqual(await repo.staleness(now), { articles: 3, stories: 2 });
      assert.deepEqual(await repo.staleness(OLD), { articles: 0, stories: 0 });
      // A resumable scan: pages by id after the last one seen.
      const first = await repo.staleArticles(now, '', 2);
      assert.deepEqual(first.map((r) => r.id), ['a1', 'b1']);
      assert.deepEqual((await repo.staleArticles(now, 'b1', 2)).map((r) => r.id), ['c1']);
      assert.equal(decodeDoc(first[0]!.encoded).text, A().text);

      // Re-analysed rows take the new stamp and mark their story dirty, in one transaction.
      await repo.saveReanalysed([storedDoc(A())]);
      assert.deepEqual(await repo.staleness(now), { articles: 2, stories: 2 });
      assert.deepEqual(await repo.dirtyStories(), ['s1']);
      await repo.saveStory(storedStory(buildStory('s1', await repo.articlesOfStory('s1'))));
      assert.deepEqual(await repo.staleness(now), { articles: 2, stories: 1 });
      // A dossier of another stamp is marked dirty even when none of its articles changed.
      assert.equal(await repo.markStaleStoriesDirty(now), 1);
      assert.deepEqual(await repo.dirtyStories(), ['s2']);
    } finally {
      await repo.close();
      done();
    }
  });

  test(`stamps (${backend.name}): rebuild re-analyses every stale article from its stored text and rebuilds its stories as a fresh run builds them`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      // The old analysis lost its annotations (as a different model would give different ones).
      const stripped = [A(), B(), C()].map((d) => ({ ...d, annotations: [] }));
      await storeAsOld(repo, stripped, (id) => (id === 'c1' ? 's2' : 's1'));
      const report = await rebuildStale(repo, { workers: 0 });
      assert.deepEqual(report.before, { articles: 3, stories: 2 });
      assert.equal(report.reanalysed, 3);
      assert.deepEqual(report.errors, []);
      assert.equal(report.storiesRebuilt, 2);
      assert.deepEqual(await repo.staleness(analysisStamp()), { articles: 0, stories: 0 });
      assert.deepEqual((await repo.getArticle('a1'))!.annotations, A().annotations);
      assert.deepEqual(await repo.getStory('s1'), JSON.parse(JSON.stringify(buildStory('s1', [A(), B()]))));
      assert.deepEqual(await repo.getStory('s2'), JSON.parse(JSON.stringify(buildStory('s2', [C()]))));
      // Nothing stale is left: a second rebuild does nothing.
      assert.deepEqual((await rebuildStale(repo, { workers: 0 })).reanalysed, 0);
    } finally {
      await repo.close();
      done();
    }
  });

  test(`stamps (${backend.name}): a stored dossier that does not match the schema is CC_DOSSIER_INVALID naming the story`, { skip: backend.skip ?? false }, async () => {
    const { repo, done } = await backend.open();
    try {
      const good = storedStory(buildStory('s1', [A()]));
      const broken = JSON.parse(good.dossier) as Record<string, unknown>;
      broken.claims = 'not a list';
      await repo.saveStory({ ...good, dossier: JSON.stringify(broken) });
      await assert.rejects(repo.getStory('s1'), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_DOSSIER_INVALID' && /story s1 .*\/claims/.test(e.message));
      await repo.saveStory({ ...good, dossier: '{"truncated' });
      await assert.rejects(repo.getStory('s1'), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_DOSSIER_INVALID');
      await repo.saveStory(good);
      assert.equal((await repo.getStory('s1'))!.id, 's1');
    } finally {
      await repo.close();
      done();
    }
  });
}

test('decoding a stored document whose token count today\'s tokenizer does not give is CC_STALE_ANALYSIS naming the article', () => {
  const a = A();
  const encoded = JSON.parse(encodeDoc(a)) as { tokenCount: number };
  assert.equal(encoded.tokenCount, a.tokens.length);
  assert.deepEqual(decodeDoc(encodeDoc(a)), a, 'the count is not part of the decoded document');
  encoded.tokenCount += 1;
  assert.throws(() => decodeDoc(JSON.stringify(encoded)), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_STALE_ANALYSIS' && /article a1 /.test(e.message));
});
