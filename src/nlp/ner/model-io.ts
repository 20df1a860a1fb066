import { readFileSync, writeFileSync } from 'node:fs';
import { LABEL_COUNT, LABELS } from './labels.js';
import type { Lexicons } from './lexicons.js';
import type { NerWeights } from './weights.js';

const MAGIC = 'CCNER001';

/** What a saved model holds besides the weights. */
interface Header {
  labels: readonly string[];
  bucketBits: number;
  rows: number;
  gazetteer: number;
  clusters: number;
  clusterLevels: number;
}

export interface NerModelData {
  weights: NerWeights;
  lexicons: Lexicons;
}

/**
 * Binary layout (little-endian): magic, u32 header length, JSON header, padding to 4, then
 * transition f32[(L+1)·L], bucket ids u32[rows], int16 weights[rows·L] (only non-zero rows, so
 * the file stays small while the table in memory is dense), gazetteer keys u32[] and masks u8[],
 * cluster keys u32[] and ids u16[clusters·levels].
 */
export function encodeModel(data: NerModelData): Buffer {
  const { weights, lexicons } = data;
  const L = LABEL_COUNT;
  const em = weights.emission;
  let max = 0;
  for (let k = 0; k < em.length; k++) max = Math.max(max, Math.abs(em[k]!));
  for (let k = 0; k < weights.transition.length; k++) max = Math.max(max, Math.abs(weights.transition[k]!));
  const scale = max === 0 ? 1 : 32767 / max;
  const rowIds: number[] = [];
  const buckets = 1 << weights.bucketBits;
  for (let r = 0; r < buckets; r++) {
    for (let l = 0; l < L; l++) {
      if (Math.round(em[r * L + l]! * scale) !== 0) {
        rowIds.push(r);
        break;
      }
    }
  }
  const rows = new Int16Array(rowIds.length * L);
  rowIds.forEach((r, i) => {
    for (let l = 0; l < L; l++) rows[i * L + l] = Math.round(em[r * L + l]! * scale);
  });
  const transition = Float32Array.from(weights.transition, (x) => Math.round(x * scale));
  const gazKeys = Uint32Array.from(lexicons.gazetteer.keys());
  const gazMasks = Uint8Array.from(lexicons.gazetteer.values());
  const levels = Math.max(0, ...[...lexicons.clusters.values()].map((c) => c.length));
  const clusterKeys = Uint32Array.from(lexicons.clusters.keys());
  const clusterIds = new Uint16Array(clusterKeys.length * levels);
  [...lexicons.clusters.values()].forEach((c, i) => c.forEach((id, lv) => (clusterIds[i * levels + lv] = id)));
  const header: Header = {
    labels: LABELS,
    bucketBits: weights.bucketBits,
    rows: rowIds.length,
    gazetteer: gazKeys.length,
    clusters: clusterKeys.length,
    clusterLevels: levels,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (n: number) => Buffer.alloc((4 - (n % 4)) % 4);
  const head = Buffer.concat([Buffer.from(MAGIC), u32(json.length), json]);
  const parts = [head, pad(head.length), buf(transition), buf(Uint32Array.from(rowIds)), buf(rows)];
  const sofar = parts.reduce((s, b) => s + b.length, 0);
  parts.push(pad(sofar), buf(gazKeys), buf(gazMasks));
  const sofar2 = parts.reduce((s, b) => s + b.length, 0);
  parts.push(pad(sofar2), buf(clusterKeys), buf(clusterIds));
  return Buffer.concat(parts);
}

export function saveModel(path: string, data: NerModelData): number {
  const bytes = encodeModel(data);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function decodeModel(bytes: Buffer): NerModelData {
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a crosscheck NER model (bad magic)');
  const jsonLen = bytes.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(bytes.subarray(at, at + jsonLen).toString('utf8')) as Header;
  if (header.labels.join() !== LABELS.join()) throw new Error('NER model labels do not match this version');
  at += jsonLen;
  const align = () => (at += (4 - (at % 4)) % 4);
  // Copy into fresh, aligned typed arrays: Buffer pools do not guarantee alignment.
  const take = <T>(n: number, size: number, make: (b: ArrayBuffer) => T): T => {
    const copy = new Uint8Array(n * size);
    copy.set(bytes.subarray(at, at + n * size));
    at += n * size;
    return make(copy.buffer);
  };
  const L = LABEL_COUNT;
  align();
  const transition = take((L + 1) * L, 4, (b) => new Float32Array(b));
  const rowIds = take(header.rows, 4, (b) => new Uint32Array(b));
  const rows = take(header.rows * L, 2, (b) => new Int16Array(b));
  const emission = new Int16Array((1 << header.bucketBits) * L);
  for (let i = 0; i < rowIds.length; i++) emission.set(rows.subarray(i * L, (i + 1) * L), rowIds[i]! * L);
  align();
  const gazKeys = take(header.gazetteer, 4, (b) => new Uint32Array(b));
  const gazMasks = take(header.gazetteer, 1, (b) => new Uint8Array(b));
  align();
  const clusterKeys = take(header.clusters, 4, (b) => new Uint32Array(b));
  const clusterIds = take(header.clusters * header.clusterLevels, 2, (b) => new Uint16Array(b));
  const gazetteer = new Map<number, number>();
  gazKeys.forEach((k, i) => gazetteer.set(k, gazMasks[i]!));
  const clusters = new Map<number, readonly number[]>();
  const lv = header.clusterLevels;
  clusterKeys.forEach((k, i) => clusters.set(k, Array.from(clusterIds.subarray(i * lv, (i + 1) * lv))));
  return { weights: { labels: L, bucketBits: header.bucketBits, emission, transition }, lexicons: { gazetteer, clusters } };
}

export function loadModel(path: string | URL): NerModelData {
  return decodeModel(readFileSync(path));
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function buf(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}
