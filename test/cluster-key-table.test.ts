import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyTable } from '../src/cluster/key-table.js';
import { FeatureTable } from '../src/cluster/feature-table.js';

test('key table: agrees with a Map through inserts, deletes (backward shift) and rehashes', () => {
  const keys: string[] = [];
  const table = new KeyTable((v) => keys[v]!);
  const ref = new Map<string, number>();
  for (let i = 0; i < 6000; i++) {
    const key = `w:${(i * 2654435761) % 9973}`;
    if (ref.has(key)) {
      // Delete every other repeat, so deletions land inside probe runs.
      if (i % 2 === 0) {
        table.delete(key);
        ref.delete(key);
      }
    } else {
      keys[i] = key;
      table.set(key, i);
      ref.set(key, i);
    }
  }
  assert.ok(ref.size > 1000);
  for (const [key, v] of ref) assert.equal(table.get(key), v);
  for (let i = 0; i < 9973; i++) {
    const key = `w:${i}`;
    assert.equal(table.get(key), ref.get(key) ?? -1);
  }
  table.delete('absent');
  assert.equal(table.get('absent'), -1);
});

test('feature table: freed ids are found no more and reused', () => {
  const t = new FeatureTable();
  const a = t.intern('w:alpha');
  const b = t.intern('x:Beta');
  assert.equal(t.intern('w:alpha'), a);
  assert.equal(t.find('x:Beta'), b);
  assert.equal(t.isName(b), true);
  t.retain(a);
  assert.equal(t.release(a), true);
  assert.equal(t.find('w:alpha'), -1);
  assert.equal(t.find('x:Beta'), b);
  const c = t.intern('w:gamma');
  assert.equal(c, a);
  assert.equal(t.find('w:gamma'), c);
  assert.equal(t.key(c), 'w:gamma');
});
