import type { SyntaxModel } from '../syntax/model-io.js';
import { tagSyntax } from '../syntax/tagger.js';

/** Syntactic evidence per token of one paragraph, as the strings the attribution features hash. */
export interface ParagraphSyntax {
  /** Penn tag of token i, or a boundary marker past the paragraph's ends. */
  posAt: (i: number) => string;
  /** IOB2 chunk tag of token i ("B-NP", "I-VP", "O"), or a boundary marker. */
  chunkAt: (i: number) => string;
  /** Where the token sits in its chunk: B or I, with "e" when it ends the chunk. */
  place: string[];
  /** Lower-case last word of the verb group the token is in (the head-ish verb), or "-". */
  verbHead: string[];
  /** For a token just after a verb group (a particle, preposition, object), that group's head, or "-". */
  verbHeadBefore: string[];
  /** Type of the chunk after the token's chunk, or the next word itself when it is outside any chunk. */
  nextChunkType: string[];
}

const BOS = '<s>';
const EOS = '</s>';
const typeOf = (chunk: string) => (chunk === 'O' ? 'O' : chunk.slice(2));

/** Tag each sentence of a paragraph (the tagger was trained on sentences) and derive the per-token views. */
export function paragraphSyntax(m: SyntaxModel, words: readonly string[], sentence: Uint16Array): ParagraphSyntax {
  const n = words.length;
  const pos = new Array<string>(n);
  const chunk = new Array<string>(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sentence[end] === sentence[start]) end++;
    const t = tagSyntax(m, words.slice(start, end));
    for (let i = start; i < end; i++) {
      pos[i] = m.posNames[t.pos[i - start]!]!;
      chunk[i] = m.chunkNames[t.chunk[i - start]!]!;
    }
    start = end;
  }
  // A chunk continues while the next tag is I- of the same type.
  const continues = (i: number) => i + 1 < n && chunk[i + 1]!.startsWith('I-') && typeOf(chunk[i + 1]!) === typeOf(chunk[i]!);
  const place = new Array<string>(n);
  const verbHead = new Array<string>(n).fill('-');
  const verbHeadBefore = new Array<string>(n).fill('-');
  const nextChunkType = new Array<string>(n);
  for (let i = 0; i < n; ) {
    let end = i + 1;
    if (chunk[i] !== 'O') while (end - 1 < n && continues(end - 1)) end++;
    const next = end < n ? (chunk[end] === 'O' ? words[end]!.toLowerCase() : typeOf(chunk[end]!)) : EOS;
    const isVerbGroup = typeOf(chunk[i]!) === 'VP';
    const head = isVerbGroup ? words[end - 1]!.toLowerCase() : '-';
    for (let j = i; j < end; j++) {
      place[j] = (j === i ? 'B' : 'I') + (j === end - 1 ? 'e' : '');
      verbHead[j] = head;
      nextChunkType[j] = next;
    }
    if (isVerbGroup && end < n) verbHeadBefore[end] = head;
    i = end;
  }
  return {
    posAt: (i) => (i < 0 ? BOS : i >= n ? EOS : pos[i]!),
    chunkAt: (i) => (i < 0 ? BOS : i >= n ? EOS : chunk[i]!),
    place,
    verbHead,
    verbHeadBefore,
    nextChunkType,
  };
}
