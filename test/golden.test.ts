import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dossierOf, ROOT } from './support/golden.js';

test('the example corpus gives the reviewed golden dossier (npm run golden regenerates it)', async () => {
  const expected = JSON.parse(readFileSync(`${ROOT}test/golden/examples.dossier.json`, 'utf8'));
  const actual = await dossierOf('examples');
  assert.deepEqual(actual, expected);
});
