import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Value } from '@sinclair/typebox/value';
import { StorySchema } from '../src/model/dossier.js';
import { openRepository } from '../src/store/open-repository.js';
import type { Repository } from '../src/store/repository.js';
import { buildApp, type AppOptions } from '../src/server/build-app.js';
import { startServer } from '../src/server/start-server.js';
import { ArticleDocSchema } from '../src/server/article-schema.js';
import { isLoopbackHost } from '../src/server/loopback.js';
import { TokenBuckets } from '../src/server/token-bucket.js';
import { OTHER_STORY_ID, STORY_ID, seedDesk } from './server-fixture.js';

async function seeded(opts: Partial<AppOptions> = {}) {
  const repo = await openRepository(':memory:');
  await seedDesk(repo);
  const app = await buildApp({ repo, ...opts });
  return { repo, app, done: async () => (await app.close(), await repo.close()) };
}

async function fresh(opts: Partial<AppOptions> = {}) {
  const repo: Repository = await openRepository(':memory:');
  const app = await buildApp({ repo, ...opts });
  return { repo, app, done: async () => (await app.close(), await repo.close()) };
}

const ids = (body: { stories: { id: string }[] }) => body.stories.map((s) => s.id);

test('GET /api/stories: list, search, date range, paging, sort and query validation', async () => {
  const { app, done } = await seeded();
  try {
    const all = await app.inject('/api/stories');
    assert.equal(all.statusCode, 200);
    const body = all.json();
    assert.deepEqual(ids(body), [STORY_ID, OTHER_STORY_ID], 'sorted by size by default');
    const top = body.stories[0];
    assert.equal(top.outletCount, 3);
    assert.equal(top.corroborated, 1);
    assert.equal(top.disputed, 1);
    assert.equal(top.discrepancies, 1);
    assert.deepEqual(ids((await app.inject('/api/stories?q=lighthouse')).json()), [STORY_ID]);
    assert.deepEqual(ids((await app.inject('/api/stories?q=council')).json()), [OTHER_STORY_ID]);
    assert.deepEqual(ids((await app.inject('/api/stories?from=2031-04-01')).json()), [STORY_ID]);
    assert.deepEqual(ids((await app.inject('/api/stories?to=2031-03-25')).json()), [OTHER_STORY_ID]);
    assert.deepEqual(ids((await app.inject('/api/stories?sort=recency')).json()), [STORY_ID, OTHER_STORY_ID]);
    const page = (await app.inject('/api/stories?limit=1&offset=1')).json();
    assert.deepEqual(ids(page), [OTHER_STORY_ID]);
    assert.equal(page.limit, 1);
    for (const bad of ['limit=0', 'limit=1000', 'offset=-1', 'sort=loudest', 'from=yesterday']) {
      const r = await app.inject(`/api/stories?${bad}`);
      assert.equal(r.statusCode, 400, bad);
      assert.equal(r.json().error.code, 'CC_BAD_REQUEST', bad);
    }
  } finally {
    await done();
  }
});

test('GET /api/stories/:id returns a dossier valid against the contract; unknown id is a coded 404', async () => {
  const { app, done } = await seeded();
  try {
    const r = await app.inject(`/api/stories/${STORY_ID}`);
    assert.equal(r.statusCode, 200);
    const story = r.json();
    assert.ok(Value.Check(StorySchema, story), [...Value.Errors(StorySchema, story)].map((e) => `${e.path} ${e.message}`).join('; '));
    assert.equal(story.claims.length, 3);
    assert.equal(story.provenance.firstReporter, 'Calder Gazette');
    const missing = await app.inject('/api/stories/nope');
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(missing.json(), { error: { code: 'CC_STORY_NOT_FOUND', message: 'no story with id nope' } });
  } finally {
    await done();
  }
});

test('GET /api/articles/:id returns the analysed document with spans', async () => {
  const { app, done } = await seeded();
  try {
    const r = await app.inject('/api/articles/northshore');
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.ok(Value.Check(ArticleDocSchema, doc));
    assert.ok(doc.text.startsWith('A fire broke out at the Calder lighthouse'));
    assert.equal(doc.blocks.length, 3);
    assert.ok(doc.sentences.length >= 4);
    for (const s of doc.sentences) assert.ok(s.start >= 0 && s.end <= doc.text.length && s.start < s.end);
    const missing = await app.inject('/api/articles/nope');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'CC_ARTICLE_NOT_FOUND');
  } finally {
    await done();
  }
});

test('GET /api/search, /api/health, unknown routes and CORS', async () => {
  const { app, done } = await seeded();
  try {
    const hits = (await app.inject('/api/search?q=lamp room')).json().hits as { articleId: string; storyId: string }[];
    assert.deepEqual(hits.map((h) => h.articleId).sort(), ['gazette', 'northshore', 'wire']);
    assert.ok(hits.every((h) => h.storyId === STORY_ID));
    assert.equal((await app.inject('/api/search')).json().error.code, 'CC_BAD_REQUEST');
    const health = (await app.inject('/api/health')).json();
    assert.equal(health.status, 'ok');
    assert.equal(health.articles, 4);
    assert.equal(health.stories, 2);
    const unknown = await app.inject('/api/nothing-here');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'CC_ROUTE_NOT_FOUND');
    // CORS is off: no allow-origin header, and preflights are not answered.
    const cross = await app.inject({ url: '/api/stories', headers: { origin: 'https://elsewhere.example' } });
    assert.equal(cross.headers['access-control-allow-origin'], undefined);
    const pre = await app.inject({ method: 'OPTIONS', url: '/api/articles', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    assert.equal(pre.headers['access-control-allow-origin'], undefined);
    assert.notEqual(pre.statusCode, 204);
  } finally {
    await done();
  }
});

test('GET /openapi.json describes every route with resolvable schema references', async () => {
  const { app, done } = await seeded();
  try {
    const doc = (await app.inject('/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/api/articles', '/api/articles/{id}', '/api/changes', '/api/desk/stories', '/api/health', '/api/search', '/api/stories', '/api/stories/{id}', '/api/stories/{id}/dossier']);
    assert.ok(doc.paths['/api/articles'].post.security);
    assert.ok(doc.paths['/api/stories'].get.parameters.some((p: { name: string }) => p.name === 'sort'));
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 10);
    for (const r of refs) {
      const name = r.slice(8, -1).replace('#/components/schemas/', '');
      assert.ok(doc.components.schemas[name], `unresolved ${r}`);
    }
    assert.deepEqual(doc.components.schemas.Story.required, StorySchema.required);
  } finally {
    await done();
  }
});

test('GET / and /ui/* serve the desk with a strict CSP and refuse paths outside the UI folder', async () => {
  const { app, done } = await seeded();
  try {
    const index = await app.inject('/');
    assert.equal(index.statusCode, 200);
    assert.match(index.headers['content-type'] as string, /text\/html/);
    assert.match(index.headers['content-security-policy'] as string, /default-src 'self'/);
    assert.match(index.body, /<script type="module" src="\/ui\/app.js">/);
    assert.doesNotMatch(index.body, /https?:\/\//, 'no external assets');
    const js = await app.inject('/ui/app.js');
    assert.equal(js.statusCode, 200);
    assert.match(js.headers['content-type'] as string, /javascript/);
    for (const bad of ['/ui/../../package.json', '/ui/%2e%2e/%2e%2e/package.json', '/ui/.hidden.js', '/ui/nope.js']) {
      const r = await app.inject(bad);
      assert.ok(r.statusCode === 400 || r.statusCode === 404, `${bad}: ${r.statusCode}`);
      assert.doesNotMatch(r.body, /"devDependencies"/, bad);
    }
  } finally {
    await done();
  }
});

test('POST /api/articles ingests JSON, NDJSON, text and HTML bodies through the engine', async () => {
  const { app, done } = await fresh();
  try {
    const para = (s: string) => `${s} The harbour board met on Tuesday in Tollund to discuss the ferry timetable. Ferries will run every hour from June.`;
    const r = await app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: {
        articles: [
          { id: 'j1', outlet: 'Tollund Times', title: 'Ferry timetable changes', published: '2031-05-02', text: para('Officials confirmed the change.') },
          { id: 'j2', outlet: 'Coast Courier', title: 'Hourly ferries from June', published: '2031-05-02', text: para('Passengers welcomed the news.') },
          { id: 'j3', title: 'Nothing to read' },
        ],
      },
    });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.deepEqual(body.ids, ['j1', 'j2']);
    assert.equal(body.errors.length, 1);
    assert.equal(body.errors[0].code, 'CC_NO_ARTICLE_TEXT');
    assert.ok(body.storiesUpdated.length >= 1);
    const stories = (await app.inject('/api/stories')).json().stories as { articleCount: number }[];
    assert.equal(stories.reduce((n, s) => n + s.articleCount, 0), 2, 'both articles are in stories');
    assert.equal((await app.inject('/api/articles/j1')).json().outlet, 'Tollund Times');

    const again = (await app.inject({ method: 'POST', url: '/api/articles', payload: { articles: [{ id: 'j1', outlet: 'Tollund Times', title: 'Ferry timetable changes', published: '2031-05-02', text: para('Officials confirmed the change.') }] } })).json();
    assert.deepEqual(again.ids, ['j1'], 'the same content again is reported, not duplicated');
    assert.equal((await app.inject('/api/health')).json().articles, 2);

    const nd = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `{"id":"n1","outlet":"Bay Herald","text":${JSON.stringify(para('A third report.'))}}\n{not json\n`,
    });
    assert.equal(nd.statusCode, 200);
    assert.deepEqual(nd.json().ids, ['n1']);
    assert.equal(nd.json().errors[0].code, 'CC_MALFORMED_JSON');

    const txt = await app.inject({ method: 'POST', url: '/api/articles?id=t1&outlet=Plain%20Post&published=2031-05-03', headers: { 'content-type': 'text/plain' }, payload: para('Plain text arrives too.') });
    assert.deepEqual(txt.json().ids, ['t1']);
    assert.equal((await app.inject('/api/articles/t1')).json().published, '2031-05-03');

    const html = `<!doctype html><html><head><title>Ferries every hour</title><meta property="og:site_name" content="Web Harbour"></head><body><article><h1>Ferries every hour</h1><p>${para('The web edition says so.')}</p><p>Officials said the timetable was agreed after a long consultation with passengers and crews.</p></article></body></html>`;
    const h = await app.inject({ method: 'POST', url: '/api/articles?id=h1', headers: { 'content-type': 'text/html; charset=utf-8' }, payload: html });
    assert.deepEqual(h.json().ids, ['h1'], h.body);
    assert.equal((await app.inject('/api/articles/h1')).json().outlet, 'Web Harbour');
  } finally {
    await done();
  }
});

test('POST /api/articles: body validation, content types and the 5 MB body limit', async () => {
  const { app, done } = await fresh();
  try {
    const empty = await app.inject({ method: 'POST', url: '/api/articles', payload: { articles: [] } });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.code, 'CC_BAD_REQUEST');
    for (const articles of [['just a string'], [{ text: { nested: true } }]]) {
      const wrong = await app.inject({ method: 'POST', url: '/api/articles', payload: { articles } });
      assert.equal(wrong.statusCode, 400, JSON.stringify(articles));
      assert.equal(wrong.json().error.code, 'CC_BAD_REQUEST');
    }
    const broken = await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'application/json' }, payload: '{"articles": [' });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'CC_MALFORMED_JSON');
    const xml = await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    assert.equal(xml.statusCode, 400);
    assert.equal(xml.json().error.code, 'CC_BAD_REQUEST');
    const big = await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'text/plain' }, payload: 'word '.repeat(1_100_000) });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().error.code, 'CC_INPUT_TOO_LARGE');
  } finally {
    await done();
  }
});

test('writes need the bearer token on a non-loopback host; the server refuses to start without one', async () => {
  const repo = await openRepository(':memory:');
  try {
    await assert.rejects(buildApp({ repo, host: '0.0.0.0' }), (e: { code?: string }) => e.code === 'CC_USAGE');
    await assert.rejects(startServer({ repo, host: '::', port: 0 }), (e: { code?: string }) => e.code === 'CC_USAGE');
    const app = await buildApp({ repo, host: '0.0.0.0', token: 's3cret' });
    const payload = { articles: [{ id: 'x', title: 'no text' }] };
    const none = await app.inject({ method: 'POST', url: '/api/articles', payload });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().error.code, 'CC_UNAUTHORIZED');
    const wrong = await app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.statusCode, 401);
    const right = await app.inject({ method: 'POST', url: '/api/articles', payload, headers: { authorization: 'Bearer s3cret' } });
    assert.equal(right.statusCode, 200);
    assert.equal((await app.inject('/api/health')).statusCode, 200, 'reads stay open');
    await app.close();
  } finally {
    await repo.close();
  }
  assert.equal(isLoopbackHost('127.0.0.1'), true);
  assert.equal(isLoopbackHost('::1'), true);
  assert.equal(isLoopbackHost('localhost'), true);
  assert.equal(isLoopbackHost('0.0.0.0'), false);
  assert.equal(isLoopbackHost('192.168.1.5'), false);
  assert.equal(isLoopbackHost('desk.example.org'), false);
});

test('writes are rate-limited per IP with a token bucket', async () => {
  const { app, done } = await fresh({ rateLimit: { capacity: 2, refillPerSecond: 0.01 } });
  try {
    const post = () => app.inject({ method: 'POST', url: '/api/articles', payload: { articles: [{ title: 'no text' }] } });
    assert.equal((await post()).statusCode, 200);
    assert.equal((await post()).statusCode, 200);
    const third = await post();
    assert.equal(third.statusCode, 429);
    assert.equal(third.json().error.code, 'CC_RATE_LIMITED');
    assert.ok(Number(third.headers['retry-after']) > 0);
    assert.equal((await app.inject('/api/stories')).statusCode, 200, 'reads are not limited');
  } finally {
    await done();
  }
  let now = 0;
  const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1 }, () => now);
  assert.equal(buckets.take('a'), 0);
  assert.equal(buckets.take('a'), 1);
  assert.equal(buckets.take('b'), 0, 'buckets are per key');
  now = 1000;
  assert.equal(buckets.take('a'), 0, 'refilled after a second');
});

test('startServer listens on a real socket', async () => {
  const repo = await openRepository(':memory:');
  await seedDesk(repo);
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(new URL('api/stories', server.url));
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { stories: unknown[] }).stories.length, 2);
    const page = await fetch(server.url);
    assert.match(await page.text(), /crosscheck desk/);
  } finally {
    await server.close();
    await repo.close();
  }
});
