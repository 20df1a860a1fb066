import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownString } from '../src/util/own-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after keeping one 20-character word of each of 100 distinct 1 MB documents. */
function heapKeepingWords(keep: (word: string) => string): { used: number; words: string[] } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const words: string[] = [];
  for (let d = 0; d < 100; d++) {
    const doc = `document ${d} `.repeat(1 << 16); // ~1 MB, distinct per d
    words.push(keep(doc.slice(1000, 1020)));
  }
  gc();
  return { used: process.memoryUsage().heapUsed - before, words };
}

test('ownString keeps the word, not the document it was sliced from', () => {
  const sliced = heapKeepingWords((w) => w);
  const owned = heapKeepingWords(ownString);
  assert.deepEqual(owned.words, sliced.words);
  // A V8 slice of 13+ characters is a view into its parent: 100 documents stay alive (~100 MB+).
  assert.ok(sliced.used > 50 * 1048576, `slices kept ${sliced.used} bytes`);
  assert.ok(owned.used < 5 * 1048576, `owned copies kept ${owned.used} bytes`);
  assert.equal(ownString('short'), 'short');
});
