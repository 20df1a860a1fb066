import { writeFileSync } from 'node:fs';
import type { SequenceWeights } from '../sequence/weights.js';
import { bytesOf, encodeModelFile, loadModelFile, ModelFileReader } from '../../util/model-file.js';
import { ROLES } from './paragraphs.js';

const MAGIC = 'CCATR001';

interface Header {
  roles: readonly string[];
  labels: number;
  bucketBits: number;
  /** Non-zero emission rows per role table. */
  rows: number[];
}

/** One weight table per role (source, cue, content), sharing the feature hashing. */
export type AttributionWeights = [SequenceWeights, SequenceWeights, SequenceWeights];

/**
 * Binary layout (little-endian): magic, u32 header length, JSON header, padding to 4, then per
 * role: transition f32[(L+1)·L], ids of non-zero buckets u32[rows], int16 weights[rows·L]. Each
 * table is scaled to the int16 range on its own (only the argmax per table matters).
 */
export function encodeAttributionModel(tables: AttributionWeights, prune = 0): Buffer {
  const L = tables[0].labels;
  const parts: Buffer[] = [];
  const rowsPerTable: number[] = [];
  for (const w of tables) {
    const em = w.emission;
    let max = 0;
    for (let k = 0; k < em.length; k++) max = Math.max(max, Math.abs(em[k]!));
    for (let k = 0; k < w.transition.length; k++) max = Math.max(max, Math.abs(w.transition[k]!));
    const scale = max === 0 ? 1 : 32767 / max;
    const ids: number[] = [];
    for (let r = 0; r < 1 << w.bucketBits; r++) {
      for (let l = 0; l < L; l++) {
        if (Math.abs(Math.round(em[r * L + l]! * scale)) > prune) {
          ids.push(r);
          break;
        }
      }
    }
    const rows = new Int16Array(ids.length * L);
    ids.forEach((r, i) => {
      for (let l = 0; l < L; l++) rows[i * L + l] = Math.round(em[r * L + l]! * scale);
    });
    // `prune` drops buckets whose weights are all tiny (rare features the averaging shrank to
    // near zero): a smaller file for a change in the scores far below the decision margins.
    rowsPerTable.push(ids.length);
    parts.push(bytesOf(Float32Array.from(w.transition, (x) => Math.round(x * scale))), bytesOf(Uint32Array.from(ids)), bytesOf(rows));
    if (rows.byteLength % 4) parts.push(Buffer.alloc(2));
  }
  const header: Header = { roles: ROLES, labels: L, bucketBits: tables[0].bucketBits, rows: rowsPerTable };
  return encodeModelFile(MAGIC, header, parts);
}

export function saveAttributionModel(path: string, tables: AttributionWeights, prune = 0): number {
  const bytes = encodeAttributionModel(tables, prune);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function decodeAttributionModel(bytes: Buffer): AttributionWeights {
  const file = new ModelFileReader<Header>(bytes, MAGIC, 'attribution');
  const header = file.header;
  if (header.roles.join() !== ROLES.join()) throw new Error('attribution model roles do not match this version');
  const L = header.labels;
  const tables = header.rows.map((rowCount): SequenceWeights => {
    const transition = new Float32Array(file.take((L + 1) * L, 4));
    const ids = new Uint32Array(file.take(rowCount, 4));
    const rows = new Int16Array(file.take(rowCount * L, 2));
    file.align();
    const emission = new Int16Array((1 << header.bucketBits) * L);
    for (let i = 0; i < ids.length; i++) emission.set(rows.subarray(i * L, (i + 1) * L), ids[i]! * L);
    return { labels: L, bucketBits: header.bucketBits, emission, transition };
  });
  return [tables[0]!, tables[1]!, tables[2]!];
}

export function loadAttributionModel(path: string | URL): AttributionWeights {
  return loadModelFile(path, 'attribution', decodeAttributionModel);
}
