import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderers } from '../src/render/formats.js';
import { dossierOf, ROOT } from './support/golden.js';

test('the example corpus gives the reviewed golden dossier, as JSON and as Markdown (npm run golden regenerates both)', async () => {
  const expected = JSON.parse(readFileSync(`${ROOT}test/golden/examples.dossier.json`, 'utf8'));
  const actual = await dossierOf('examples');
  assert.deepEqual(actual, expected);
  // The Markdown golden is what a reader reviews: it must be the rendering of this dossier, not a stale file.
  assert.equal(renderers.md(actual), readFileSync(`${ROOT}test/golden/examples.dossier.md`, 'utf8'));
});
