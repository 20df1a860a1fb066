import { sentenceHashes, wordHashes } from '../../syntax/features.js';
import type { SyntaxModel } from '../../syntax/model-io.js';
import { tagSyntaxHashes } from '../../syntax/tagger.js';

/**
 * Syntactic evidence per token of one paragraph, as label ids and token indices, not strings: the
 * attribution features turn them into ids through per-model hash tables (features.ts), so nothing
 * here allocates a string per token.
 */
export interface ParagraphSyntax {
  /** POS label id per token (names in the model's `posNames`). */
  pos: Uint8Array;
  /** IOB2 chunk label id per token (names in `chunkNames`). */
  chunk: Uint8Array;
  /** Where the token sits in its chunk: an index into PLACES. */
  place: Uint8Array;
  /** Token index of the last word of the verb group the token is in (the head-ish verb), or −1. */
  verbHead: Int32Array;
  /** For a token just after a verb group (a particle, preposition, object), that group's head, or −1. */
  verbHeadBefore: Int32Array;
  /** First token after the token's chunk, or n (the paragraph's end). */
  next: Int32Array;
}

/** B or I, with "e" when the token ends its chunk. */
export const PLACES = ['B', 'Be', 'I', 'Ie'] as const;

/** Per chunk label id: its type's name ("NP", "O"), whether it is an I- tag, whether it is a verb group. */
export interface ChunkKinds {
  type: string[];
  typeId: Uint8Array;
  inside: Uint8Array;
  verbGroup: Uint8Array;
}

const kindsCache = new WeakMap<SyntaxModel, ChunkKinds>();

export function chunkKinds(m: SyntaxModel): ChunkKinds {
  const hit = kindsCache.get(m);
  if (hit) return hit;
  const type = m.chunkNames.map((c) => (c === 'O' ? 'O' : c.slice(2)));
  const ids = [...new Set(type)];
  const kinds = {
    type,
    typeId: Uint8Array.from(type, (t) => ids.indexOf(t)),
    inside: Uint8Array.from(m.chunkNames, (c) => (c.startsWith('I-') ? 1 : 0)),
    verbGroup: Uint8Array.from(type, (t) => (t === 'VP' ? 1 : 0)),
  };
  kindsCache.set(m, kinds);
  return kinds;
}

/** Tag each sentence of a paragraph (the tagger was trained on sentences) and derive the per-token views. */
export function paragraphSyntax(m: SyntaxModel, words: readonly string[], sentence: Uint16Array): ParagraphSyntax {
  const n = words.length;
  const pos = new Uint8Array(n);
  const chunk = new Uint8Array(n);
  // The words are hashed once for the paragraph; each sentence tags a view on those hashes.
  const hashes = wordHashes(words);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sentence[end] === sentence[start]) end++;
    const t = tagSyntaxHashes(m, sentenceHashes(hashes, start, end));
    pos.set(t.pos, start);
    chunk.set(t.chunk, start);
    start = end;
  }
  const k = chunkKinds(m);
  // A chunk continues while the next tag is I- of the same type.
  const continues = (i: number) => i + 1 < n && k.inside[chunk[i + 1]!] === 1 && k.typeId[chunk[i + 1]!] === k.typeId[chunk[i]!];
  const place = new Uint8Array(n);
  const verbHead = new Int32Array(n).fill(-1);
  const verbHeadBefore = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const O = k.type.indexOf('O');
  for (let i = 0; i < n; ) {
    let end = i + 1;
    if (chunk[i] !== O) while (end - 1 < n && continues(end - 1)) end++;
    const head = k.verbGroup[chunk[i]!] === 1 ? end - 1 : -1;
    for (let j = i; j < end; j++) {
      place[j] = (j === i ? 0 : 2) + (j === end - 1 ? 1 : 0);
      verbHead[j] = head;
      next[j] = end;
    }
    if (head >= 0 && end < n) verbHeadBefore[end] = head;
    i = end;
  }
  return { pos, chunk, place, verbHead, verbHeadBefore, next };
}
