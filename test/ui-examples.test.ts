/**
 * The desk on the project's own example corpus, analysed by the real pipeline, in headless
 * Chromium: story list → the dam story → claims matrix, a discrepancy and a quote → a brief
 * citation lands on its highlighted sentence in the reader. Screenshots go to test-results/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { Engine } from '../src/engine/engine.js';
import { ingestInputs } from '../src/ingest/ingest.js';
import type { Story } from '../src/model/dossier.js';
import { startServer } from '../src/server/start-server.js';
import { openRepository } from '../src/store/open-repository.js';
import { CHROMIUM, launchChromium, watchProblems } from './support/browser.js';
import { ROOT } from './support/golden.js';

const RESULTS = `${ROOT}test-results/`;

test('ui on the example corpus: list, story, matrix, discrepancy, quote, citation → highlighted sentence', { skip: !existsSync(CHROMIUM) && 'needs /usr/bin/chromium' }, async () => {
  mkdirSync(RESULTS, { recursive: true });
  const repo = await openRepository(':memory:');
  const engine = await Engine.open(repo);
  await engine.ingest(ingestInputs([`${ROOT}examples`], {}));
  const server = await startServer({ repo, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    const stories = await engine.stories();
    const dam = stories.find((s) => /Kessel/.test(s.headline));
    assert.ok(dam, 'the dam story exists');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page, server.url.replace(/\/$/, ''));

    await page.goto(server.url);
    await page.waitForSelector('.story-row');
    assert.equal(await page.locator('.story-row').count(), stories.length);
    await page.locator('.story-row h2 a', { hasText: 'Kessel' }).first().click();
    await page.waitForSelector('table.matrix');
    assert.equal(new URL(page.url()).hash, `#/story/${dam.id}`);
    assert.equal(await page.locator('table.matrix tbody tr').count(), dam.claims.length);
    // One column per outlet (claim text and claim contents change with the claims step: structure only).
    const outletKeys = new Set(dam.articles.map((a) => (a.outlet ? a.outlet.toLowerCase().replace(/^the /, '') : a.id)));
    assert.equal(await page.locator('table.matrix thead th').count(), outletKeys.size + 2);
    const heads = await page.locator('table.matrix thead th.outlet-col span').allInnerTexts();
    for (const h of heads) assert.doesNotMatch(h, /^a-[0-9a-f]{12}$/, 'an outlet column is never labelled by a hash id');
    for (const a of dam.articles) if (a.title) assert.ok(!heads.includes(a.title), `a headline is not an outlet: ${a.title}`);
    for (const c of dam.claims) {
      const row = page.locator(`tr[id="${domId('claim', c.id)}"]`);
      assert.equal(await row.locator('td.cell').count(), outletKeys.size, c.id);
      assert.equal(await row.locator('td.indep').innerText(), String(c.independentSources.length), c.id);
      const contradicting = new Set(c.contradiction.map((e) => e.article));
      assert.equal(await row.locator('a.mark-con').count(), outletsOf(dam, contradicting).size, `${c.id}: one ✗ per contradicting outlet`);
    }
    // Sorting by independent outlets: most first, then fewest first, then back to the default order.
    const counts = () => page.locator('table.matrix tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.indep')?.textContent)));
    const before = await counts();
    await page.locator('th.indep-h button.sort').click();
    const desc = await counts();
    assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
    await page.locator('th.indep-h button.sort').click();
    const asc = await counts();
    assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
    await page.locator('th.indep-h button.sort').click();
    assert.deepEqual(await counts(), before);
    assert.ok(dam.discrepancies.length > 0);
    assert.equal(await page.locator('#discrepancies .disc').count(), dam.discrepancies.length);
    assert.match(await page.locator('#quotes').innerText(), /Lindqvist/);
    await page.screenshot({ path: `${RESULTS}examples-story.png`, fullPage: true });

    const cite = page.locator('#brief li a.cite').first();
    const href = await cite.getAttribute('href');
    assert.ok(href);
    await cite.click();
    await page.waitForSelector('#target');
    const [, articleId, start, end] = /#\/article\/([^?]+)\?s=(\d+)-(\d+)/.exec(new URL(page.url()).hash) ?? [];
    assert.ok(articleId && start && end, page.url());
    const doc = await repo.getArticle(decodeURIComponent(articleId));
    assert.ok(doc);
    const highlighted = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.text .hl-target'))
        .map((m) => {
          const copy = m.cloneNode(true) as Element;
          copy.querySelectorAll('.backref').forEach((b) => b.remove());
          return copy.textContent;
        })
        .join(''),
    );
    assert.equal(highlighted, doc.text.slice(Number(start), Number(end)));
    assert.ok(briefCites(dam, doc.id), 'the citation is one of the brief sentence citations');
    await page.screenshot({ path: `${RESULTS}examples-reader.png` });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
    await repo.close();
  }
});

/** The outlet columns that the given articles fall in. */
function outletsOf(story: Story, ids: Set<string>): Set<string> {
  return new Set(story.articles.filter((a) => ids.has(a.id)).map((a) => (a.outlet ? a.outlet.toLowerCase().replace(/^the /, '') : a.id)));
}

const domId = (...parts: string[]) => parts.join('-').replace(/[^A-Za-z0-9_-]+/g, '_');

function briefCites(story: Story, id: string): boolean {
  return story.brief[0]?.citations.includes(id) ?? false;
}
