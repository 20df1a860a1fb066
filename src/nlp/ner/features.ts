import { fnv1a } from './hash.js';
import { gazetteerMatches, type Lexicons } from './lexicons.js';

/** Map typographic quotes to the ASCII forms the CoNLL newswire uses, so web text looks like the training text. */
export function normalizeWord(w: string): string {
  return w.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/[–—]/g, '-');
}

/** Collapsed word shape: "Hegseth" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Feature ids of every token of a sentence, flattened; `offsets[i]..offsets[i+1]` belong to token i. */
export interface SentenceFeatures {
  ids: Uint32Array;
  offsets: Uint32Array;
}

const CLUSTER_NONE: readonly number[] = [];

/**
 * Hashed features per token (Ratinov & Roth 2009 style): the word, lower-case form, shape,
 * affixes, a ±2 window, bigrams, sentence casing, gazetteer matches and word clusters.
 * `bucketMask` folds the 32-bit hashes into the weight table.
 */
export function sentenceFeatures(rawWords: readonly string[], lex: Lexicons, bucketMask: number): SentenceFeatures {
  const words = rawWords.map(normalizeWord);
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const clusters = words.map((w) => lex.clusters.get(fnv1a(w.toLowerCase())) ?? CLUSTER_NONE);
  const gaz = gazetteerMatches(lex, words);
  // Headlines are in capitals in much newswire; casing then says little, so features know it.
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  const capsSentence = letters.length > 3 && letters === letters.toUpperCase() ? 'C' : 'c';
  const at = (a: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const ids: number[] = [];
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const f: string[] = [];
    const w = words[i]!;
    const l = lower[i]!;
    const s = shapes[i]!;
    f.push('b', 'w=' + w, 'l=' + l, 's=' + s, 'sc=' + s + capsSentence);
    for (let k = 1; k <= 4 && k < l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
    f.push('l-1=' + at(lower, i - 1), 'l+1=' + at(lower, i + 1), 'l-2=' + at(lower, i - 2), 'l+2=' + at(lower, i + 2));
    f.push('s-1=' + at(shapes, i - 1), 's+1=' + at(shapes, i + 1));
    f.push('b-=' + at(lower, i - 1) + '|' + l, 'b+=' + l + '|' + at(lower, i + 1));
    f.push('t3=' + at(shapes, i - 1) + '|' + s + '|' + at(shapes, i + 1));
    f.push('w|s+1=' + l + '|' + at(shapes, i + 1), 's-1|w=' + at(shapes, i - 1) + '|' + l);
    if (i === 0) f.push('first=' + s);
    for (const g of gaz[i]!) f.push('g=' + g, 'gs=' + g + '|' + s);
    if (i > 0) for (const g of gaz[i - 1]!) f.push('g-1=' + g);
    if (i + 1 < n) for (const g of gaz[i + 1]!) f.push('g+1=' + g);
    clusters[i]!.forEach((c, lv) => f.push(`c${lv}=${c}`));
    if (i > 0) clusters[i - 1]!.forEach((c, lv) => f.push(`c-1${lv}=${c}`));
    if (i + 1 < n) clusters[i + 1]!.forEach((c, lv) => f.push(`c+1${lv}=${c}`));
    for (const x of f) ids.push(fnv1a(x) & bucketMask);
    offsets[i + 1] = ids.length;
  }
  return { ids: Uint32Array.from(ids), offsets };
}
