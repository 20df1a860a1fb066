import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesOf, encodeModelFile, ModelFileReader, padTo4 } from '../src/util/model-file.js';

test('a model container round-trips its header and aligned parts', () => {
  const odd = Uint8Array.from([1, 2, 3]);
  const words = Uint32Array.from([7, 0xffffffff]);
  const bytes = encodeModelFile('CCTST001', { n: 3, name: 'x' }, [bytesOf(odd), padTo4(odd.length), bytesOf(words)]);
  const file = new ModelFileReader<{ n: number; name: string }>(bytes, 'CCTST001', 'test');
  assert.deepEqual(file.header, { n: 3, name: 'x' });
  assert.deepEqual([...new Uint8Array(file.take(3, 1))], [1, 2, 3]);
  file.align();
  assert.deepEqual([...new Uint32Array(file.take(2, 4))], [7, 0xffffffff]);
});

test('a file with the wrong magic is refused with the model kind named', () => {
  const bytes = encodeModelFile('CCAAA001', {}, []);
  assert.throws(() => new ModelFileReader(bytes, 'CCBBB001', 'syntax'), /not a crosscheck syntax model \(bad magic\)/);
});
