import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocFrequency } from '../src/cluster/doc-frequency.js';
import { FeatureTable } from '../src/cluster/feature-table.js';
import { itemFeatures, keyHashes } from '../src/cluster/item-features.js';
import { MAX_STORIES, StoryClusterer } from '../src/cluster/story-clusterer.js';
import type { ClusterItem } from '../src/cluster/types.js';
import { keepTopFeatures, kthLargest } from '../src/cluster/weighting.js';

// The fast paths (interned ids, precomputed features, partial selection, lazy fingerprints)
// must give the same results as the straightforward computation.

const item = (id: string, text: string, published: string | null = null): ClusterItem => ({ id, title: null, text, published, entities: [], dates: [] });

/** A made-up word per number (letters only, so the tokenizer sees a word, not a number). */
const word = (n: number): string => {
  let s = '';
  let x = n;
  do {
    s += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26);
  } while (x > 0);
  return 'zq' + s + 'vk';
};

test('kthLargest agrees with a full sort, ties included', () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let t = 0; t < 500; t++) {
    const n = 1 + Math.floor(rnd() * 200);
    const a = Float64Array.from({ length: n }, () => Math.floor(rnd() * (t % 2 ? 5 : 1000)));
    const k = 1 + Math.floor(rnd() * n);
    assert.equal(kthLargest(a.slice(), k), a.slice().sort()[n - k]);
  }
});

test('keepTopFeatures keeps the heaviest, ties in key order, weights quantised to 1..255', () => {
  const table = new FeatureTable();
  const df = new DocFrequency();
  // Five keys of equal weight and one heavier: the cut at 3 must take the heavy one, then "b", "c".
  const keys = ['a', 'b', 'c', 'd', 'e', 'zz'];
  const kept = keepTopFeatures({ keys, weights: [1, 1, 1, 1, 1, 2], hashes: keyHashes(keys), signature: null }, table, df, 3);
  assert.deepEqual(kept.keys, ['zz', 'a', 'b']);
  assert.deepEqual([...kept.weights], [255, 128, 128]);
});

test('feature ids are freed with the last article that keeps them, and reused', () => {
  const t = new FeatureTable();
  const a = t.intern('n:quellen');
  const b = t.intern('rehab');
  assert.equal(t.find('n:quellen'), a);
  assert.ok(t.isName(a) && !t.isName(b));
  t.retain(a);
  t.retain(a);
  assert.equal(t.release(a), false);
  assert.equal(t.release(a), true);
  assert.equal(t.find('n:quellen'), -1);
  const c = t.intern('harbour');
  assert.equal(c, a, 'the freed id is reused');
  assert.equal(t.key(c), 'harbour');
  assert.ok(!t.isName(c));
});

test('precomputed features give the same decisions and fingerprints as features computed in add', () => {
  const texts = [
    'Pop singer Mara Quellen checked into the Silverpine Recovery Center in Arizona, her publicist Dov Harlan said on Tuesday. Quellen cancelled concerts.',
    'Mara Quellen is receiving treatment at Silverpine Recovery Center, spokesman Dov Harlan confirmed. The singer asked fans for privacy in Phoenix.',
    'A cargo crane collapsed at the port of Velmora on Wednesday, blocking two container berths, the harbour authority said. Nobody was injured.',
    'Pop singer Mara Quellen checked into the Silverpine Recovery Center in Arizona, her publicist Dov Harlan said on Tuesday. Quellen cancelled concerts.',
  ];
  const plain = texts.map((t, i) => item('p' + i, t, '2024-03-0' + (i + 1)));
  const live = new StoryClusterer();
  const pre = new StoryClusterer();
  const d1 = plain.map((x) => live.add(x));
  const d2 = plain.map((x) => pre.add({ ...x, features: itemFeatures(x) }));
  assert.deepEqual(d2, d1);
  assert.equal(d1[1]!.storyId, d1[0]!.storyId);
  assert.equal(d1[3]!.duplicateOf, 'p0');
  for (const x of plain) assert.equal(pre.fingerprint(x.id), live.fingerprint(x.id));
  const print = JSON.parse(live.fingerprint('p2')!) as { f: [string, number][] };
  assert.ok(print.f.some(([k]) => k === 'n:velmora'), 'fingerprints name their features by key');
});

test('after evictions free and reuse feature ids, fingerprints still name the right keys', () => {
  const c = new StoryClusterer();
  const n = MAX_STORIES + 300;
  for (let i = 0; i < n; i++) {
    // Each article its own story: unique words, shared filler.
    const own = [0, 1, 2, 3, 4, 5].map((j) => word(i * 6 + j));
    c.add(item('e' + i, `The ${own.join(' ')} report covers ${own.slice(0, 3).join(' and ')} today.`));
  }
  assert.equal(c.storyCount, MAX_STORIES);
  assert.equal(c.fingerprint('e0'), null, 'the oldest story was evicted');
  const last = JSON.parse(c.fingerprint('e' + (n - 1))!) as { f: [string, number][] };
  const keys = new Set(last.f.map(([k]) => k));
  for (let j = 0; j < 6; j++) assert.ok(keys.has(word((n - 1) * 6 + j)), 'own word ' + j);
  // A new article with the words of a surviving one still finds that story.
  const again = [0, 1, 2, 3, 4, 5].map((j) => word((n - 2) * 6 + j));
  const d = c.add(item('again', `Again the ${again.join(' ')} report covers ${again.slice(0, 3).join(' and ')} now.`));
  assert.equal(d.storyId, c.fingerprintRow('e' + (n - 2))!.storyId);
});
