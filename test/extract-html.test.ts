import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { decodeHtml } from '../src/extract/html/decode-html.js';
import { normalizeDate } from '../src/extract/normalize-date.js';
import { isBoilerplateName } from '../src/extract/html/boilerplate.js';
import { benchmarkScore, pageCounts } from '../src/eval/tasks/shingle-score.js';
import { extractTask } from '../src/eval/tasks/extract.js';
import { SHARED, dataSkip } from './support/data-dir.js';

const BENCH = fileURLToPath(new URL('data/extraction-benchmark/', SHARED));
const hasBench = existsSync(BENCH);

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>The council discussed the ${topic} plan in session ${i + 1}, and members said the budget, schedule and staffing would need further review before a final vote could be held.</p>`).join('\n');

function page(head: string, body: string): string {
  return `<!doctype html><html><head><title>Site title | Example</title>${head}</head><body>${body}</body></html>`;
}

test('JSON-LD @graph gives headline, author (via @id), publisher and an ISO date', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': '#site', name: 'Not the article' },
      { '@type': 'Person', '@id': '#p1', name: 'Dana Reyes' },
      {
        '@type': ['ReportageNewsArticle'],
        headline: 'Bridge reopens after repairs',
        datePublished: '2024-05-02T09:15:00-04:00',
        author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Lee Park' }],
        publisher: { '@type': 'Organization', name: 'The Daily Example' },
      },
    ],
  });
  const r = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, `<article>${filler('bridge', 6)}</article>`), null);
  assert.ok(r);
  assert.equal(r.title, 'Bridge reopens after repairs');
  assert.equal(r.author, 'Dana Reyes, Lee Park');
  assert.equal(r.outlet, 'The Daily Example');
  assert.equal(r.published, '2024-05-02T09:15:00-04:00');
});

test('OpenGraph, <meta>, <time> and canonical fill metadata when there is no JSON-LD', () => {
  const head = [
    '<meta property="og:title" content="Harbour plan approved">',
    '<meta property="og:site_name" content="Coast Courier">',
    '<meta property="og:url" content="https://coast.example/og-url">',
    '<link rel="canonical" href="https://coast.example/news/harbour-plan">',
    '<meta name="author" content="By Sam Ortiz">',
    '<meta name="description" content="The harbour plan passed on Tuesday.">',
  ].join('');
  const body = `<article><time datetime="2023-11-07">Nov 7</time>${filler('harbour', 6)}</article>`;
  const r = extractHtml(page(head, body), 'https://coast.example/fetched');
  assert.ok(r);
  assert.equal(r.title, 'Harbour plan approved');
  assert.equal(r.outlet, 'Coast Courier');
  assert.equal(r.url, 'https://coast.example/news/harbour-plan');
  assert.equal(r.author, 'Sam Ortiz');
  assert.equal(r.description, 'The harbour plan passed on Tuesday.');
  assert.equal(r.published, '2023-11-07');
});

test('article:published_time wins over <time>, and the fetch URL is kept without canonical', () => {
  const head = '<meta property="article:published_time" content="2022-01-31T23:30:00Z">';
  const r = extractHtml(page(head, `<article><time datetime="2020-01-01">old</time>${filler('road', 6)}</article>`), 'https://x.example/a');
  assert.equal(r?.published, '2022-01-31T23:30:00Z');
  assert.equal(r?.url, 'https://x.example/a');
});

test('body: paragraphs separated by blank lines, headings alone, captions and related links removed', () => {
  const body = `<article>
    ${filler('library', 3)}
    <figure><img src="a.jpg"><figcaption>A caption that must not appear.</figcaption></figure>
    <h2>What happens next</h2>
    ${filler('museum', 3)}
    <div class="image-credit"><p>Photo: Agency Staff</p><p>Illustration: Studio</p></div>
    <div class="related-stories"><ul><li><a href="/1">Other story one about something</a></li><li><a href="/2">Other story two about another thing</a></li></ul></div>
    <p><a href="/x">Read the full list of links in this all-link paragraph here</a></p>
    <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    <div class="newsletter-signup"><h3>Daily briefing</h3><p>Sign up for our newsletter to get updates.</p></div>
    ${filler('park', 2)}
  </article>`;
  const r = extractHtml(page('', body), null);
  assert.ok(r);
  const paras = r.text.split('\n\n');
  assert.equal(paras.length, 9, r.text);
  assert.ok(paras.includes('What happens next'));
  assert.ok(!/caption|Agency Staff|Studio|Daily briefing|Other story|Share on|newsletter|all-link/i.test(r.text), r.text);
  assert.ok(paras.every((p) => p.trim() === p && !p.includes('\n')));
});

test('headline repeated in the body and a publication stamp are dropped', () => {
  const head = '<meta property="og:title" content="Storm closes schools">';
  const body = `<article><p>Storm closes schools</p><p>Published November 20th, 2019 - 07:50 GMT</p>${filler('storm', 5)}</article>`;
  const r = extractHtml(page(head, body), null);
  assert.ok(r);
  assert.ok(r.text.startsWith('The council discussed the storm'), r.text.slice(0, 80));
});

test('JSON-LD articleBody replaces a body Readability cut far too short', () => {
  const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the full story describes events in detail for readers.`).join('\n\n');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', articleBody: long });
  const r = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, '<article><p>Only a teaser sentence is visible here.</p></article>'), null);
  assert.ok(r);
  assert.equal(r.text.split('\n\n').length, 12);
});

test('an empty page yields null', () => {
  assert.equal(extractHtml('<html><body></body></html>', null), null);
});

test('normalizeDate: ISO kept with offset, compact and textual forms, junk is null', () => {
  assert.equal(normalizeDate('2019-11-19T07:03:00.000-0500'), '2019-11-19T07:03:00-05:00');
  assert.equal(normalizeDate('2019-11-19'), '2019-11-19');
  assert.equal(normalizeDate('20191119'), '2019-11-19');
  assert.equal(normalizeDate('November 19, 2019'), '2019-11-19');
  assert.equal(normalizeDate('1574168580'), '2019-11-19T13:03:00Z');
  assert.equal(normalizeDate('yesterday-ish'), null);
  assert.equal(normalizeDate('2019-13-45'), null);
});

test('decodeHtml honours a declared non-UTF-8 charset', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
  assert.match(decodeHtml(bytes), /café/);
  assert.match(decodeHtml(Buffer.from('<p>café</p>', 'utf8')), /café/);
});

test('boilerplate class names match whole pieces only', () => {
  assert.ok(isBoilerplateName('social-share-bar'));
  assert.ok(isBoilerplateName('articleRelated'));
  assert.ok(isBoilerplateName('wp-caption aligncenter'));
  assert.ok(!isBoilerplateName('shared-content article-body'));
  assert.ok(!isBoilerplateName('entry-content'));
  assert.ok(isBoilerplateName('inlinegallery-item'), 'glued unambiguous word');
  assert.ok(!isBoilerplateName('recipe-card has-image'), 'state flag, not furniture');
  assert.ok(!isBoilerplateName('content-with-sidebar-wrp'));
});

test('shingle metric follows the benchmark: identical is 1, disjoint is 0, per-page averaging', () => {
  const a = 'one two three four five six';
  assert.deepEqual(benchmarkScore([pageCounts(a, a)]), { precision: 1, recall: 1, f1: 1 });
  assert.equal(benchmarkScore([pageCounts(a, 'seven eight nine ten eleven')]).f1, 0);
  // half the predicted shingles are extra: precision 0.5 on this page, recall 1
  const s = benchmarkScore([pageCounts('a b c d', 'a b c d x y z w')]);
  assert.equal(s.recall, 1);
  assert.ok(Math.abs(s.precision - 0.2) < 1e-9, String(s.precision));
});

test('extract task on the article-extraction-benchmark beats plain Readability', { skip: dataSkip(hasBench) }, async () => {
  const report = await extractTask.run(BENCH);
  assert.equal(report.metrics['pages'], 181);
  assert.ok(report.metrics['crosscheck.f1']! >= 0.97, `F1 ${report.metrics['crosscheck.f1']}`);
  assert.ok(report.metrics['crosscheck.f1']! > report.metrics['readability.f1']!);
  assert.ok(report.metrics['readability.f1']! > 0.93);
});
