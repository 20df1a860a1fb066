import { writeFileSync } from 'node:fs';
import { encodeModelFile, loadModelFile, ModelFileReader } from '../../util/model-file.js';
import { denseWeights, packedTable, type GreedyTable } from './greedy.js';

const MAGIC = 'CCSYN001';

/** A trained POS + chunk tagger: two greedy tables and their label names. */
export interface SyntaxModel {
  pos: GreedyTable;
  chunk: GreedyTable;
  posNames: string[];
  chunkNames: string[];
  /**
   * Tag dictionary: FNV-1a hash of a lower-case word → POS id, for frequent words that (nearly)
   * always take one tag in training. Those tokens skip POS scoring, the tagger's main cost.
   */
  posDictionary: Map<number, number>;
}

interface Header {
  posNames: string[];
  chunkNames: string[];
  bits: [number, number];
  entries: [number, number];
  dictionary: number;
}

/**
 * Binary layout (little-endian): magic, u32 header length, JSON header, padding to 4, then per
 * table the indices (u32) of weights kept and their int16 values. Each table is scaled so its
 * largest weight is 32767; weights at or under `prune` after scaling are dropped (most of the
 * table: a feature only ever touched a few labels), which keeps the file to a few MB.
 */
export function encodeSyntaxModel(m: SyntaxModel, prune: number): Buffer {
  const parts: Buffer[] = [];
  const entries: number[] = [];
  for (const t of [m.pos, m.chunk]) {
    const w = denseWeights(t);
    let max = 0;
    for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
    const scale = max === 0 ? 1 : 32767 / max;
    const idx: number[] = [];
    const val: number[] = [];
    for (let k = 0; k < w.length; k++) {
      const q = Math.round(w[k]! * scale);
      if (Math.abs(q) > prune) {
        idx.push(k);
        val.push(q);
      }
    }
    entries.push(idx.length);
    const vals = Buffer.from(Int16Array.from(val).buffer);
    parts.push(Buffer.from(Uint32Array.from(idx).buffer), vals, Buffer.alloc(vals.length % 4));
  }
  const dict = [...m.posDictionary].sort((a, b) => a[0] - b[0]);
  const tags = Buffer.from(Uint8Array.from(dict, (d) => d[1]));
  parts.push(Buffer.from(Uint32Array.from(dict, (d) => d[0]).buffer), tags);
  const header: Header = {
    posNames: m.posNames,
    chunkNames: m.chunkNames,
    bits: [m.pos.bits, m.chunk.bits],
    entries: [entries[0]!, entries[1]!],
    dictionary: dict.length,
  };
  return encodeModelFile(MAGIC, header, parts);
}

export function saveSyntaxModel(path: string, m: SyntaxModel, prune: number): number {
  const bytes = encodeSyntaxModel(m, prune);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function decodeSyntaxModel(bytes: Buffer): SyntaxModel {
  const file = new ModelFileReader<Header>(bytes, MAGIC, 'syntax');
  const header = file.header;
  const table = (labels: number, bits: number, count: number): GreedyTable => {
    const idx = new Uint32Array(file.take(count, 4));
    const val = new Int16Array(file.take(count, 2));
    file.align();
    // The encoder writes ascending indices of nonzero values only (|q| > prune), as packed rows need.
    return packedTable(labels, bits, idx, val);
  };
  const pos = table(header.posNames.length, header.bits[0], header.entries[0]);
  const chunk = table(header.chunkNames.length, header.bits[1], header.entries[1]);
  const words = new Uint32Array(file.take(header.dictionary, 4));
  const tags = new Uint8Array(file.take(header.dictionary, 1));
  const posDictionary = new Map(Array.from(words, (w, i) => [w, tags[i]!] as [number, number]));
  return { pos, chunk, posNames: header.posNames, chunkNames: header.chunkNames, posDictionary };
}

export function loadSyntaxModel(path: string | URL): SyntaxModel {
  return loadModelFile(path, 'syntax', decodeSyntaxModel);
}
