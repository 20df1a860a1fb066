import { writeFileSync } from 'node:fs';
import { LABEL_COUNT, LABELS } from './labels.js';
import type { Lexicons } from './lexicons.js';
import type { NerWeights } from './weights.js';
import { bytesOf, encodeModelFile, loadModelFile, ModelFileReader, padTo4 } from '../../util/model-file.js';

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
  const parts = [bytesOf(transition), bytesOf(Uint32Array.from(rowIds)), bytesOf(rows)];
  const sofar = () => parts.reduce((n, b) => n + b.length, 0);
  parts.push(padTo4(sofar()), bytesOf(gazKeys), bytesOf(gazMasks));
  parts.push(padTo4(sofar()), bytesOf(clusterKeys), bytesOf(clusterIds));
  return encodeModelFile(MAGIC, header, parts);
}

export function saveModel(path: string, data: NerModelData): number {
  const bytes = encodeModel(data);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function decodeModel(bytes: Buffer): NerModelData {
  const file = new ModelFileReader<Header>(bytes, MAGIC, 'NER');
  const header = file.header;
  if (header.labels.join() !== LABELS.join()) throw new Error('NER model labels do not match this version');
  const L = LABEL_COUNT;
  const transition = new Float32Array(file.take((L + 1) * L, 4));
  const rowIds = new Uint32Array(file.take(header.rows, 4));
  const rows = new Int16Array(file.take(header.rows * L, 2));
  const emission = new Int16Array((1 << header.bucketBits) * L);
  for (let i = 0; i < rowIds.length; i++) emission.set(rows.subarray(i * L, (i + 1) * L), rowIds[i]! * L);
  file.align();
  const gazKeys = new Uint32Array(file.take(header.gazetteer, 4));
  const gazMasks = new Uint8Array(file.take(header.gazetteer, 1));
  file.align();
  const clusterKeys = new Uint32Array(file.take(header.clusters, 4));
  const clusterIds = new Uint16Array(file.take(header.clusters * header.clusterLevels, 2));
  const gazetteer = new Map<number, number>();
  gazKeys.forEach((k, i) => gazetteer.set(k, gazMasks[i]!));
  const clusters = new Map<number, readonly number[]>();
  const lv = header.clusterLevels;
  clusterKeys.forEach((k, i) => clusters.set(k, Array.from(clusterIds.subarray(i * lv, (i + 1) * lv))));
  return { weights: { labels: L, bucketBits: header.bucketBits, emission, transition }, lexicons: { gazetteer, clusters } };
}

export function loadModel(path: string | URL): NerModelData {
  return loadModelFile(path, 'NER', decodeModel);
}
