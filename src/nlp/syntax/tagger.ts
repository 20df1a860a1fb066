import { existsSync } from 'node:fs';
import { chunkFeatures, posFeatures, wordHashes, type WordHashes } from './features.js';
import { greedyTag } from './greedy.js';
import { loadSyntaxModel, type SyntaxModel } from './model-io.js';

/** The shipped model, relative to this file in both src/ and dist/src/ layouts. */
const MODEL_CANDIDATES = [new URL('../../../models/syntax.bin', import.meta.url), new URL('../../../../models/syntax.bin', import.meta.url)];

/** Label ids per token; names are in the model's `posNames` / `chunkNames` (Penn tags, IOB2 chunks). */
export interface SyntaxTags {
  pos: Uint8Array;
  chunk: Uint8Array;
}

/** Part-of-speech then phrase-chunk tags of one sentence, two greedy passes. */
export function tagSyntax(m: SyntaxModel, words: readonly string[], hashes: WordHashes = wordHashes(words)): SyntaxTags {
  return tagSyntaxHashes(m, hashes);
}

/** `tagSyntax` from precomputed word hashes (a paragraph hashes its words once; see `sentenceHashes`). */
export function tagSyntaxHashes(m: SyntaxModel, hashes: WordHashes): SyntaxTags {
  const n = hashes.n;
  const posMask = (1 << m.pos.bits) - 1;
  const chunkMask = (1 << m.chunk.bits) - 1;
  const pos = greedyTag(n, m.pos, (i, p1, p2, out) => posFeatures(hashes, i, p1, p2, posMask, out), null, dictionaryTags(m.posDictionary, hashes));
  const chunk = greedyTag(n, m.chunk, (i, p1, p2, out) => chunkFeatures(hashes, pos, i, p1, p2, chunkMask, out));
  return { pos, chunk };
}

/** Per token, the POS id the tag dictionary fixes, or −1. */
export function dictionaryTags(dict: ReadonlyMap<number, number>, h: WordHashes): Int16Array {
  const out = new Int16Array(h.n);
  for (let i = 0; i < h.n; i++) out[i] = dict.get(h.lower[i]!) ?? -1;
  return out;
}

let shared: SyntaxModel | null | undefined;

/** The default model, loaded on first use; null when models/syntax.bin is missing (run `npm run train:syntax`). */
export function defaultSyntaxModel(): SyntaxModel | null {
  if (shared !== undefined) return shared;
  const path = MODEL_CANDIDATES.find((u) => existsSync(u));
  shared = path ? loadSyntaxModel(path) : null;
  return shared;
}
