import { fnv1a, fnv1aFrom, fnv1aRange, fnv1aUint } from './hash.js';
import { gazetteerCodes, gazetteerName, type Lexicons } from './lexicons.js';
import { ENTITY_TYPES } from './labels.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Map typographic quotes to the ASCII forms the CoNLL newswire uses, so web text looks like the training text. */
export function normalizeWord(w: string): string {
  if (!NON_ASCII.test(w)) return w;
  return w.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/[–—]/g, '-');
}

/** Collapsed word shape: "Hegseth" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  if (!NON_ASCII.test(w)) {
    // Fast path for ASCII, same result as the Unicode path below.
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      const s = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : w[i]!;
      if (s !== last) out += s;
      last = s;
    }
    return out;
  }
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
const H = (name: string) => fnv1a(name);
// Hashes of the feature-name prefixes; a feature id is the prefix hash extended by its values.
const P = {
  b: H('b'), w: H('w='), l: H('l='), s: H('s='), sc: H('sc='),
  p: [1, 2, 3, 4].map((k) => H(`p${k}=`)), x: [1, 2, 3, 4].map((k) => H(`x${k}=`)),
  lm1: H('l-1='), lp1: H('l+1='), lm2: H('l-2='), lp2: H('l+2='), sm1: H('s-1='), sp1: H('s+1='),
  bm: H('b-='), bp: H('b+='), t3: H('t3='), ws1: H('w|s+1='), s1w: H('s-1|w='), first: H('first='),
  g: H('g='), gs: H('gs='), gm1: H('g-1='), gp1: H('g+1='),
  c: [0, 1, 2, 3].map((lv) => H(`c${lv}=`)), cm1: [0, 1, 2, 3].map((lv) => H(`c-1${lv}=`)), cp1: [0, 1, 2, 3].map((lv) => H(`c+1${lv}=`)),
};
/** `join(h, a, b)` of the feature names: the parts separated by '|'. */
const join2 = (h: number, a: string, b: string) => fnv1aFrom(fnv1aFrom(fnv1aFrom(h, a), '|'), b);
const join3 = (h: number, a: string, b: string, c: string) => fnv1aFrom(fnv1aFrom(join2(h, a, b), '|'), c);
// Gazetteer features per match code, hashed once: the names are a handful of `type:part` strings.
const GAZ_CODES = Array.from({ length: ENTITY_TYPES.length * 4 }, (_, code) => gazetteerName(code));
const G = {
  g: GAZ_CODES.map((g) => fnv1aFrom(P.g, g)),
  gs: GAZ_CODES.map((g) => fnv1aFrom(fnv1aFrom(P.gs, g), '|')),
  gm1: GAZ_CODES.map((g) => fnv1aFrom(P.gm1, g)),
  gp1: GAZ_CODES.map((g) => fnv1aFrom(P.gp1, g)),
};

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
  const clusters = lower.map((w) => lex.clusters.get(fnv1a(w)) ?? CLUSTER_NONE);
  const gaz = gazetteerCodes(lex, words, lower);
  // Headlines are in capitals in much newswire; casing then says little, so features know it.
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  const capsSentence = letters.length > 3 && letters === letters.toUpperCase() ? 'C' : 'c';
  const at = (a: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const ids = new Uint32Array(n * 64);
  let k = 0;
  const offsets = new Uint32Array(n + 1);
  const push = (h: number) => (ids[k++] = h & bucketMask);
  // Hashes are built by extending prefix hashes over the values (see hash.ts), never by building
  // the feature-name strings: the ids are the same as hashing `name=value` in full.
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const s = shapes[i]!;
    const lm1 = at(lower, i - 1);
    const lp1 = at(lower, i + 1);
    const sm1 = at(shapes, i - 1);
    const sp1 = at(shapes, i + 1);
    push(P.b);
    push(fnv1aFrom(P.w, w));
    push(fnv1aFrom(P.l, l));
    push(fnv1aFrom(P.s, s));
    push(fnv1aFrom(fnv1aFrom(P.sc, s), capsSentence));
    for (let j = 1; j <= 4 && j < l.length; j++) {
      push(fnv1aRange(P.p[j - 1]!, l, 0, j));
      push(fnv1aRange(P.x[j - 1]!, l, l.length - j, l.length));
    }
    push(fnv1aFrom(P.lm1, lm1));
    push(fnv1aFrom(P.lp1, lp1));
    push(fnv1aFrom(P.lm2, at(lower, i - 2)));
    push(fnv1aFrom(P.lp2, at(lower, i + 2)));
    push(fnv1aFrom(P.sm1, sm1));
    push(fnv1aFrom(P.sp1, sp1));
    push(join2(P.bm, lm1, l));
    push(join2(P.bp, l, lp1));
    push(join3(P.t3, sm1, s, sp1));
    push(join2(P.ws1, l, sp1));
    push(join2(P.s1w, sm1, l));
    if (i === 0) push(fnv1aFrom(P.first, s));
    for (const g of gaz[i]!) {
      push(G.g[g]!);
      push(fnv1aFrom(G.gs[g]!, s));
    }
    if (i > 0) for (const g of gaz[i - 1]!) push(G.gm1[g]!);
    if (i + 1 < n) for (const g of gaz[i + 1]!) push(G.gp1[g]!);
    const c = clusters[i]!;
    for (let lv = 0; lv < c.length; lv++) push(fnv1aUint(P.c[lv]!, c[lv]!));
    if (i > 0) {
      const cm = clusters[i - 1]!;
      for (let lv = 0; lv < cm.length; lv++) push(fnv1aUint(P.cm1[lv]!, cm[lv]!));
    }
    if (i + 1 < n) {
      const cp = clusters[i + 1]!;
      for (let lv = 0; lv < cp.length; lv++) push(fnv1aUint(P.cp1[lv]!, cp[lv]!));
    }
    offsets[i + 1] = k;
  }
  return { ids: ids.slice(0, k), offsets };
}
