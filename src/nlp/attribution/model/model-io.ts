import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CrosscheckError } from '../../../errors.js';
import { fileHash } from '../../../util/file-hash.js';
import type { SequenceWeights } from '../../sequence/weights.js';
import { bytesOf, encodeModelFile, loadModelFile, ModelFileReader } from '../../../util/model-file.js';
import { ROLES } from './paragraphs.js';

const MAGIC = 'CCATR001';

interface Header {
  roles: readonly string[];
  labels: number;
  bucketBits: number;
  /** Non-zero emission rows per role table. */
  rows: number[];
  /** The models the tagger was trained on top of (see ModelDeps); absent in models written before they were recorded. */
  trainedWith?: ModelDeps;
}

/**
 * The files the attribution features read at run time, by name in the models folder, with the
 * short sha256 (util/file-hash.ts) of the version training saw, or null when it was absent: the
 * syntax tagger's tags and the NER model's word clusters. A tagger used with other versions of
 * them would see features it was not trained on, so loading checks them (CC_MODEL_MISMATCH).
 */
export interface ModelDeps {
  'syntax.bin': string | null;
  'ner.bin': string | null;
}

/** The hashes of the dependency files in a models folder, as training records them. */
export function modelDepsIn(dir: URL): ModelDeps {
  return { 'syntax.bin': fileHash(new URL('syntax.bin', dir)), 'ner.bin': fileHash(new URL('ner.bin', dir)) };
}

/** One weight table per role (source, cue, content), sharing the feature hashing. */
export type AttributionWeights = [SequenceWeights, SequenceWeights, SequenceWeights];

/**
 * Binary layout (little-endian): magic, u32 header length, JSON header, padding to 4, then per
 * role: transition f32[(L+1)·L], ids of non-zero buckets u32[rows], int16 weights[rows·L]. Each
 * table is scaled to the int16 range on its own (only the argmax per table matters).
 */
export function encodeAttributionModel(tables: AttributionWeights, prune = 0, trainedWith?: ModelDeps): Buffer {
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
  const header: Header = { roles: ROLES, labels: L, bucketBits: tables[0].bucketBits, rows: rowsPerTable, ...(trainedWith ? { trainedWith } : {}) };
  return encodeModelFile(MAGIC, header, parts);
}

export function saveAttributionModel(path: string, tables: AttributionWeights, prune: number, trainedWith: ModelDeps): number {
  const bytes = encodeAttributionModel(tables, prune, trainedWith);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function decodeAttributionModel(bytes: Buffer): AttributionWeights {
  return readAttributionModel(bytes).tables;
}

function readAttributionModel(bytes: Buffer): { tables: AttributionWeights; trainedWith: ModelDeps | null } {
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
  return { tables: [tables[0]!, tables[1]!, tables[2]!], trainedWith: header.trainedWith ?? null };
}

/**
 * Load a model file and check that the syntax and NER models beside it are the ones it was trained
 * with (CC_MODEL_MISMATCH otherwise, and for a file that does not record them).
 */
export function loadAttributionModel(path: string | URL): AttributionWeights {
  const { tables, trainedWith } = loadModelFile(path, 'attribution', readAttributionModel);
  const url = path instanceof URL ? path : pathToFileURL(resolve(path));
  const shown = `attribution model ${fileURLToPath(url)}`;
  const retrain = 'npm run train:attribution';
  if (!trainedWith) throw new CrosscheckError('CC_MODEL_MISMATCH', [shown, 'unrecorded syntax and NER models', 'it records no hashes of them', retrain]);
  const present = modelDepsIn(new URL('./', url));
  for (const name of ['syntax.bin', 'ner.bin'] as const) {
    if (present[name] !== trainedWith[name])
      throw new CrosscheckError('CC_MODEL_MISMATCH', [shown, `${name} ${trainedWith[name] ?? '(absent)'}`, `the ${name} beside it is ${present[name] ?? 'missing'}`, retrain]);
  }
  return tables;
}
