import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestInputs, type IngestItem } from '../src/ingest/ingest.js';
import { sniffType } from '../src/ingest/sniff-type.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cc-ingest-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

const PARAS = [
  'The regional council approved a new budget on Tuesday after a debate that lasted more than nine hours.',
  'The budget raises spending on public transport by 12 percent and cuts administrative costs, the council said in a statement.',
  'Opposition members voted against the plan, saying it relied on optimistic forecasts for tax revenue next year.',
  'The finance committee will publish a detailed breakdown of the spending lines next week, officials said.',
];

async function collect(inputs: string[], opts = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingestInputs(inputs, opts)) out.push(item);
  return out;
}
const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i] : []));

test('plain text file: article with structure and hash-derived id', async () => {
  const p = file('story.txt', `Council Approves Budget\nBy Riverside Gazette Staff | Apr 2, 2024\n${PARAS.join('\n')}\n`);
  const [item, ...rest] = await collect([p]);
  assert.equal(rest.length, 0);
  assert.equal(item?.kind, 'article');
  if (item?.kind !== 'article') return;
  assert.equal(item.doc.source, p);
  assert.equal(item.doc.title, 'Council Approves Budget');
  assert.equal(item.doc.outlet, 'Riverside Gazette');
  assert.equal(item.doc.published, '2024-04-02');
  assert.match(item.doc.id, /^a-[0-9a-f]{12}$/);
  assert.equal(item.doc.contentHash.slice(0, 12), item.doc.id.slice(2));
  assert.equal(item.doc.blocks.filter((b) => b.kind === 'paragraph').length, 4);
});

test('HTML page: title is metadata, body paragraphs from the extractor, URL-less outlet from the page', async () => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Council approves budget</title>
<meta property="og:site_name" content="Riverside Gazette"><meta property="article:published_time" content="2024-04-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves budget</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}<h2>What Happens Next</h2><p>${PARAS[0]}</p></article><footer>© 2024 Riverside</footer></body></html>`;
  const [item] = await collect([file('page.html', html)]);
  assert.equal(item?.kind, 'article');
  if (item?.kind !== 'article') return;
  assert.equal(item.raw, html);
  assert.equal(item.doc.title, 'Council approves budget');
  assert.equal(item.doc.outlet, 'Riverside Gazette');
  assert.ok(item.doc.published?.startsWith('2024-04-02'));
  const para = item.doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => item.doc.text.slice(b.start, b.end));
  assert.ok(para.includes(PARAS[1]!));
  assert.ok(!para.some((p) => p.includes('Home')));
  const headings = item.doc.blocks.filter((b) => b.kind === 'heading').map((b) => item.doc.text.slice(b.start, b.end));
  assert.ok(headings.includes('What Happens Next'));
});

test('JSON lines: given fields win, one malformed line reported, the others kept', async () => {
  const lines = [
    JSON.stringify({ id: 'n1', outlet: 'Wire One', title: 'Budget passes', published: '2024-04-02', text: PARAS.join('\n') }),
    '{"id": "broken", "text": ',
    JSON.stringify({ url: 'https://www.example-news.com/b', text: PARAS.slice(1).join('\n\n') }),
    JSON.stringify({ id: 'empty' }),
  ];
  const p = file('batch.jsonl', lines.join('\n') + '\n');
  const items = await collect([p]);
  const arts = articles(items);
  assert.deepEqual(arts.map((a) => a.doc.source), [`${p}#n1`, `${p}#3`]);
  assert.equal(arts[0]!.doc.id, 'n1');
  assert.equal(arts[0]!.doc.outlet, 'Wire One');
  assert.equal(arts[0]!.doc.title, 'Budget passes');
  assert.equal(arts[0]!.raw, lines[0]);
  assert.equal(arts[1]!.doc.outlet, 'example-news.com');
  assert.match(arts[1]!.doc.id, /^a-/);
  const errs = errors(items);
  assert.deepEqual(errs.map((e) => [e.input, e.error.code]), [
    [`${p}#2`, 'CC_MALFORMED_JSON'],
    [`${p}#empty`, 'CC_NO_ARTICLE_TEXT'],
  ]);
});

test('RSS and Atom feeds: one article per item, detected by content not extension', async () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Riverside Gazette</title>
<item><title>Budget passes</title><link>https://gazette.example/budget</link><pubDate>Tue, 02 Apr 2024 18:30:00 -0400</pubDate>
<dc:creator>Ann Lee</dc:creator><content:encoded><![CDATA[${PARAS.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>
<item><title>Bridge reopens</title><link>https://gazette.example/bridge</link><description>&lt;p&gt;The bridge reopened on Friday after repairs, the city said.&lt;/p&gt;</description></item>
</channel></rss>`;
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Times</title>
<entry><title type="text">Port strike ends</title><link rel="alternate" href="https://atom.example/port"/><published>2024-05-01T08:00:00Z</published>
<author><name>Bo Chen</name></author><content type="html">&lt;p&gt;${PARAS[0]}&lt;/p&gt;&lt;p&gt;${PARAS[2]}&lt;/p&gt;</content></entry></feed>`;
  const items = await collect([file('feeds/rss-saved.txt', rss), file('feeds/x.atom', atom)]);
  assert.equal(errors(items).length, 0);
  const arts = articles(items);
  assert.equal(arts.length, 3);
  const [a, b, c] = arts.map((x) => x.doc);
  assert.equal(a!.title, 'Budget passes');
  assert.equal(a!.url, 'https://gazette.example/budget');
  assert.equal(a!.author, 'Ann Lee');
  assert.equal(a!.outlet, 'Riverside Gazette');
  assert.equal(a!.published, '2024-04-02T18:30:00-04:00');
  assert.equal(a!.blocks.filter((x) => x.kind === 'paragraph').length, 4);
  assert.ok(a!.source.endsWith('rss-saved.txt#1'));
  assert.equal(b!.text, 'The bridge reopened on Friday after repairs, the city said.');
  assert.equal(c!.title, 'Port strike ends');
  assert.equal(c!.author, 'Bo Chen');
  assert.equal(c!.outlet, 'Atom Times');
  assert.equal(c!.published, '2024-05-01T08:00:00Z');
  assert.ok(c!.text.includes(PARAS[2]!));
});

test('bad inputs yield coded errors and the batch goes on', async () => {
  const latin1 = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf'),
    Buffer.from([0xe9]),
    Buffer.from(`</title></head><body><article>${PARAS.map((p) => `<p>${p} Caf`).join('\xe9</p>')}\xe9</p></article></body></html>`, 'latin1'),
  ]);
  const inputs = [
    file('bad/binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])),
    file('bad/nul.txt', Buffer.from('abc\u0000def')),
    file('bad/empty.txt', ''),
    file('bad/blank.txt', '  \n\n '),
    file('bad/undeclared.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e])),
    file('bad/broken.xml', '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>'),
    path.join(dir, 'bad/missing.txt'),
    file('bad/latin1.html', latin1),
  ];
  const items = await collect(inputs);
  const codes = items.map((i) => (i.kind === 'error' ? `${path.basename(i.input)}:${i.error.code}` : `${path.basename(i.doc.source)}:article`));
  assert.deepEqual(codes, [
    'binary.bin:CC_INPUT_BINARY',
    'nul.txt:CC_INPUT_BINARY',
    'empty.txt:CC_INPUT_EMPTY',
    'blank.txt:CC_INPUT_EMPTY',
    'undeclared.txt:CC_INPUT_ENCODING',
    'broken.xml:CC_MALFORMED_XML',
    'missing.txt:CC_INPUT_NOT_FOUND',
    'latin1.html:article',
  ]);
  const doc = articles(items)[0]!.doc;
  assert.equal(doc.title, 'Café');
  assert.ok(doc.text.includes('Café'));
  const tooBig = await collect([inputs[7]!], { maxBytes: 100 });
  assert.equal(errors(tooBig)[0]?.error.code, 'CC_INPUT_TOO_LARGE');
});

test('directories: recursive, sorted, hidden files and folders skipped', async () => {
  const root = path.join(dir, 'tree');
  file('tree/b.txt', PARAS[1]!);
  file('tree/a/z.txt', PARAS[2]!);
  file('tree/a/c.txt', PARAS[3]!);
  file('tree/.hidden.txt', PARAS[0]!);
  file('tree/.git/config.txt', PARAS[0]!);
  const items = await collect([root]);
  assert.deepEqual(articles(items).map((i) => path.relative(root, i.doc.source)), ['a/c.txt', 'a/z.txt', 'b.txt']);
});

test('sniffing by content', () => {
  assert.equal(sniffType('<?xml version="1.0"?>\n<!-- c -->\n<feed xmlns="x">'), 'feed');
  assert.equal(sniffType('<rdf:RDF xmlns:rdf="x">'), 'feed');
  assert.equal(sniffType('<!DOCTYPE html><p>x'), 'html');
  assert.equal(sniffType('<div><p>a</p><p>b</p><p>c</p><h2>d</h2></div>'), 'html');
  assert.equal(sniffType('{"text": "a"}\n\n{"text": "b"}'), 'jsonl');
  assert.equal(sniffType('{"text": "a"}\nplain words'), 'text', 'a line that does not open an object: not JSON lines');
  assert.equal(sniffType('{"text": "a"}\n{broken'), 'jsonl', 'a malformed line stays a JSON-lines problem');
  assert.equal(sniffType('Use <b> for bold.'), 'text');
});
