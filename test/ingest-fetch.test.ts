import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { ingestInputs, type IngestItem, type IngestOptions } from '../src/ingest/ingest.js';
import { fetchUrl } from '../src/ingest/fetch-url.js';
import { isPrivateAddress } from '../src/ingest/private-address.js';

const PARAS = [
  'The harbour authority said on Monday that container traffic rose by 8 percent in the first quarter.',
  'Shipping lines added two weekly services to Asian ports, and rail freight from the docks also grew.',
  'The authority expects a new crane terminal to open next spring after delays caused by supply problems.',
  'Unions welcomed the growth but asked for more staff at the container gates to cut waiting times.',
];
const page = (title: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="Harbour Post"></head><body><article><h1>${title}</h1>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: http.Server;
let base = '';

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const redirect = /^\/r\/(\d+)$/.exec(p);
    if (redirect) {
      const n = Number(redirect[1]);
      res.writeHead(302, { location: n > 0 ? `/r/${n - 1}` : '/page' }).end();
    } else if (p === '/page' || p === '/full') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(p === '/page' ? 'Traffic rises at the port' : 'Full story'));
    } else if (p === '/gz') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(page('Compressed story')));
    } else if (p === '/latin') {
      const body = Buffer.from(`<html><body><article>${PARAS.map((x) => `<p>${x} Caf\xe9.</p>`).join('')}</article></body></html>`, 'latin1');
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(body);
    } else if (p === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
<item><title>Teaser only</title><link>/full</link><description>Short teaser.</description></item>
<item><title>Complete</title><link>/page</link><description>${PARAS.map((x) => `&lt;p&gt;${x}&lt;/p&gt;`).join('')}</description></item>
</channel></rss>`);
    } else if (p === '/slow') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 3000).unref();
    } else if (p === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(2_000_000) }).end('x'.repeat(2_000_000));
    } else if (p === '/bigstream') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 40; i++) res.write('y'.repeat(50_000));
      res.end();
    } else if (p === '/ftp') {
      res.writeHead(301, { location: 'ftp://example.org/x' }).end();
    } else {
      res.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const ok: IngestOptions = { allowPrivate: true };
async function collect(inputs: string[], opts: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingestInputs(inputs, opts)) out.push(item);
  return out;
}
const codeOf = (i: IngestItem | undefined): string => (i?.kind === 'error' ? i.error.code : i?.kind ?? 'none');

test('a page by URL becomes an article with URL, outlet and raw HTML', async () => {
  const [item] = await collect([`${base}/page`], ok);
  assert.equal(item?.kind, 'article');
  if (item?.kind !== 'article') return;
  assert.equal(item.doc.source, `${base}/page`);
  assert.equal(item.doc.url, `${base}/page`);
  assert.equal(item.doc.title, 'Traffic rises at the port');
  assert.equal(item.doc.outlet, 'Harbour Post');
  assert.ok(item.raw.startsWith('<!doctype html>'));
  assert.equal(item.doc.blocks.filter((b) => b.kind === 'paragraph').length, 4);
});

test('loopback is refused unless allowed', async () => {
  const [item] = await collect([`${base}/page`], {});
  assert.equal(codeOf(item), 'CC_URL_PRIVATE');
  const [viaLocalhost] = await collect([`${base.replace('127.0.0.1', 'localhost')}/page`], {});
  assert.equal(codeOf(viaLocalhost), 'CC_URL_PRIVATE');
});

test('redirects are followed up to the cap', async () => {
  const res = await fetchUrl(`${base}/r/3`, ok);
  assert.equal(res.url, `${base}/page`);
  assert.equal(res.status, 200);
  await assert.rejects(fetchUrl(`${base}/r/6`, ok), { code: 'CC_TOO_MANY_REDIRECTS' });
  await assert.rejects(fetchUrl(`${base}/r/2`, { ...ok, maxRedirects: 2 }), { code: 'CC_TOO_MANY_REDIRECTS' });
  assert.equal((await fetchUrl(`${base}/r/2`, { ...ok, maxRedirects: 3 })).status, 200);
  await assert.rejects(fetchUrl(`${base}/ftp`, ok), { code: 'CC_URL_INVALID' });
});

test('timeouts, size limits and HTTP errors', async () => {
  const t0 = Date.now();
  await assert.rejects(fetchUrl(`${base}/slow`, { ...ok, timeoutMs: 300 }), { code: 'CC_FETCH_TIMEOUT' });
  assert.ok(Date.now() - t0 < 2000, 'the deadline cuts the wait short');
  await assert.rejects(fetchUrl(`${base}/big`, { ...ok, maxBytes: 1_000_000 }), { code: 'CC_INPUT_TOO_LARGE' });
  await assert.rejects(fetchUrl(`${base}/bigstream`, { ...ok, maxBytes: 1_000_000 }), { code: 'CC_INPUT_TOO_LARGE' });
  assert.equal((await fetchUrl(`${base}/bigstream`, ok)).bytes.length, 2_000_000);
  await assert.rejects(fetchUrl(`${base}/missing`, ok), { code: 'CC_FETCH_FAILED' });
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  await assert.rejects(fetchUrl(`http://127.0.0.1:${port}/`, ok), { code: 'CC_FETCH_FAILED' });
  await assert.rejects(fetchUrl('file:///etc/passwd', ok), { code: 'CC_URL_INVALID' });
});

test('gzip answers and header-declared charsets are decoded', async () => {
  const [gz] = await collect([`${base}/gz`], ok);
  assert.equal(gz?.kind === 'article' && gz.doc.title, 'Compressed story');
  const [latin] = await collect([`${base}/latin`], ok);
  assert.ok(latin?.kind === 'article' && latin.doc.text.includes('Café.'));
});

test('feed by URL: teaser items get their page fetched only when allowed', async () => {
  const offline = await collect([`${base}/feed`], ok);
  assert.deepEqual(offline.map(codeOf), ['article', 'article']);
  const teaser = offline[0]!;
  assert.ok(teaser.kind === 'article' && teaser.doc.text === 'Short teaser.' && teaser.doc.url === `${base}/full`);
  const online = await collect([`${base}/feed`], { ...ok, allowFetch: true });
  const first = online[0]!;
  assert.ok(first.kind === 'article');
  if (first.kind !== 'article') return;
  assert.equal(first.doc.title, 'Teaser only', 'the item title is given metadata and wins');
  assert.equal(first.doc.outlet, 'Harbour Post');
  assert.ok(first.doc.text.includes(PARAS[2]!));
  assert.ok(first.raw.includes('<h1>Full story</h1>'));
});

test('private address ranges', () => {
  for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1', 'not-an-ip']) {
    assert.ok(isPrivateAddress(a), a);
  }
  for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) assert.ok(!isPrivateAddress(a), a);
});
