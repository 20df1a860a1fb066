import { readFileSync, writeFileSync } from 'node:fs';
import type { SequenceWeights } from '../sequence/weights.js';
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
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const head = Buffer.concat([Buffer.from(MAGIC), len, json]);
  return Buffer.concat([head, Buffer.alloc((4 - (head.length % 4)) % 4), ...parts]);
}

export function saveAttributionModel(path: string, tables: AttributionWeights, prune = 0): number {
  const bytes = encodeAttributionModel(tables, prune);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function decodeAttributionModel(bytes: Buffer): AttributionWeights {
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a crosscheck attribution model (bad magic)');
  const jsonLen = bytes.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(bytes.subarray(at, at + jsonLen).toString('utf8')) as Header;
  if (header.roles.join() !== ROLES.join()) throw new Error('attribution model roles do not match this version');
  at += jsonLen;
  at += (4 - (at % 4)) % 4;
  // Copy into fresh typed arrays: Buffer pools do not guarantee alignment.
  const take = (n: number, size: number): ArrayBuffer => {
    const copy = new Uint8Array(n * size);
    copy.set(bytes.subarray(at, at + n * size));
    at += n * size;
    return copy.buffer;
  };
  const L = header.labels;
  const tables = header.rows.map((rowCount): SequenceWeights => {
    const transition = new Float32Array(take((L + 1) * L, 4));
    const ids = new Uint32Array(take(rowCount, 4));
    const rows = new Int16Array(take(rowCount * L, 2));
    if ((rowCount * L * 2) % 4) at += 2;
    const emission = new Int16Array((1 << header.bucketBits) * L);
    for (let i = 0; i < ids.length; i++) emission.set(rows.subarray(i * L, (i + 1) * L), ids[i]! * L);
    return { labels: L, bucketBits: header.bucketBits, emission, transition };
  });
  return [tables[0]!, tables[1]!, tables[2]!];
}

export function loadAttributionModel(path: string | URL): AttributionWeights {
  return decodeAttributionModel(readFileSync(path));
}

function bytesOf(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}
