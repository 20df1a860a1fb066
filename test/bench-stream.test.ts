import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStream, streamDocs } from '../scripts/bench/stream.js';

// Synthetic base texts: several lines (shuffled in replicas) and capitalised names (swapped).
const base = Array.from({ length: 37 }, (_, i) => ({
  id: `b${i}`,
  text: [`Lead line of Story${i} about Harbor and Council.`, `Second line names Mayor Quinn and Port${i % 5}.`, 'Third line says Workers walked out.', i % 3 ? 'Fourth line quotes Lawyer Banks.' : ''].join('\n'),
}));

test('bench stream: the lazy stream yields the same documents in the same order as the eager one', () => {
  for (const size of [10, 37, 200, 1000]) assert.deepEqual([...streamDocs(base, size)], buildStream(base, size), `size ${size}`);
});

test('bench stream: replicas are perturbed copies with later dates', () => {
  const docs = [...streamDocs(base, 200)];
  const replica = docs.find((d) => d.id === 'b4~2')!;
  const original = docs.find((d) => d.id === 'b4')!;
  assert.notEqual(replica.text, original.text);
  assert.ok(replica.published > original.published);
  assert.equal(replica.text.split('\n')[0]!.split(' ')[0], 'Lead');
});
