import { fnv1a, fnv1aFrom, fnv1aRange, fnv1aUint } from './hash.js';
import { GAZ_CODE_COUNT, gazetteerCodes, gazetteerName, type Lexicons } from './lexicons.js';
import { ownString } from '../../util/own-string.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at NUL on purpose (any non-ASCII character)
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
// Gazetteer features per match code, hashed once: the names are a handful of `type:part` strings.
const GAZ_CODES = Array.from({ length: GAZ_CODE_COUNT }, (_, code) => gazetteerName(code));
const G = {
  g: GAZ_CODES.map((g) => fnv1aFrom(P.g, g)),
  gs: GAZ_CODES.map((g) => fnv1aFrom(fnv1aFrom(P.gs, g), '|')),
  gm1: GAZ_CODES.map((g) => fnv1aFrom(P.gm1, g)),
  gp1: GAZ_CODES.map((g) => fnv1aFrom(P.gp1, g)),
};

/**
 * Everything about one word that does not depend on its neighbours, as raw 32-bit hashes. Most of
 * a token's features are functions of its word alone, and news repeats its words, so these are
 * computed once per distinct word string (see `wordInfo`) instead of re-hashing strings per token.
 */
export interface WordInfo {
  w: string;
  l: string;
  s: string;
  /** Hash of the lower-cased word: the cluster and gazetteer key. */
  lHash: number;
  /** Letters in the word (code units) and whether they are all upper case (headline detection). */
  letters: number;
  allUpper: boolean;
  /** Own features b, w=, l=, s=, then prefixes/suffixes interleaved as in the templates. */
  own: Uint32Array;
  /** `sc=` with the sentence casing 'c' and 'C'. */
  scLower: number;
  scUpper: number;
  first: number;
  /** As a neighbour: l-1=, l+1=, l-2=, l+2=, s-1=, s+1=. */
  lm1: number;
  lp1: number;
  lm2: number;
  lp2: number;
  sm1: number;
  sp1: number;
  /** Prefix hashes of the two-part templates where this word is the first part ("name=a|"). */
  bmHead: number;
  bpHead: number;
  t3Head: number;
  ws1Head: number;
  s1wHead: number;
  /** Cluster features as the token itself, its left and its right neighbour. */
  c: Uint32Array;
  cm1: Uint32Array;
  cp1: Uint32Array;
  /** Memo slot of the tagger's cached emission sums (word-emission.ts), tied to one weight table. */
  emission: { table: object; mask: number; sums: Float64Array } | null;
}

const LETTER = /\p{L}/gu;
const NO_IDS = new Uint32Array(0);
const clusterIds = (prefix: readonly number[], clusters: readonly number[]) =>
  clusters.length === 0 ? NO_IDS : Uint32Array.from(clusters, (v, lv) => fnv1aUint(prefix[lv]!, v));

function makeInfo(w: string, l: string, s: string, lex: Lexicons | null): WordInfo {
  const lHash = fnv1a(l);
  const clusters = lex ? lex.clusters.get(lHash) ?? CLUSTER_NONE : CLUSTER_NONE;
  const own: number[] = [P.b, fnv1aFrom(P.w, w), fnv1aFrom(P.l, l), fnv1aFrom(P.s, s)];
  for (let j = 1; j <= 4 && j < l.length; j++) own.push(fnv1aRange(P.p[j - 1]!, l, 0, j), fnv1aRange(P.x[j - 1]!, l, l.length - j, l.length));
  const letters = NON_ASCII.test(w) ? (w.match(LETTER) ?? []).join('') : w.replace(/[^A-Za-z]/g, '');
  const head = (p: number, a: string) => fnv1aFrom(fnv1aFrom(p, a), '|');
  const sc = fnv1aFrom(P.sc, s);
  return {
    w, l, s, lHash,
    letters: letters.length,
    allUpper: letters === letters.toUpperCase(),
    own: Uint32Array.from(own),
    scLower: fnv1aFrom(sc, 'c'), scUpper: fnv1aFrom(sc, 'C'), first: fnv1aFrom(P.first, s),
    lm1: fnv1aFrom(P.lm1, l), lp1: fnv1aFrom(P.lp1, l), lm2: fnv1aFrom(P.lm2, l), lp2: fnv1aFrom(P.lp2, l),
    sm1: fnv1aFrom(P.sm1, s), sp1: fnv1aFrom(P.sp1, s),
    bmHead: head(P.bm, l), bpHead: head(P.bp, l), t3Head: head(P.t3, s), ws1Head: head(P.ws1, l), s1wHead: head(P.s1w, s),
    c: clusterIds(P.c, clusters),
    cm1: clusterIds(P.cm1, clusters),
    cp1: clusterIds(P.cp1, clusters),
    emission: null,
  };
}

// The sentence boundaries stand in both the lower-case and the shape window ('<s>', '</s>').
const START = makeInfo('<s>', '<s>', '<s>', null);
const END = makeInfo('</s>', '</s>', '</s>', null);

/** Per-process cache bound: ~1 KB a word with its emission memo, so ≤ ~20 MB; cleared whole when full (news vocabulary is Zipfian, it refills fast). */
const CACHE_LIMIT = 20_000;
// One cache per lexicon set (cluster ids come from it); a WeakMap so a dropped model frees its cache.
const caches = new WeakMap<Lexicons, Map<string, WordInfo>>();

function wordInfo(raw: string, lex: Lexicons, cache: Map<string, WordInfo>): WordInfo {
  let info = cache.get(raw);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // cached across documents: own copies, not views into this document's text
    const key = ownString(raw);
    const w = ownString(normalizeWord(key));
    info = makeInfo(w, ownString(w.toLowerCase()), wordShape(w), lex);
    cache.set(key, info);
  }
  return info;
}

/** The words of one sentence as cached infos, with the sentence-level facts the features use. */
export interface SentenceWords {
  info: WordInfo[];
  /** All letters upper case (a headline). */
  caps: boolean;
  gaz: (readonly number[])[];
}

export function sentenceWords(rawWords: readonly string[], lex: Lexicons): SentenceWords {
  const n = rawWords.length;
  let cache = caches.get(lex);
  if (!cache) caches.set(lex, (cache = new Map()));
  const info: WordInfo[] = new Array<WordInfo>(n);
  let letters = 0;
  let allUpper = true;
  for (let i = 0; i < n; i++) {
    const wi = (info[i] = wordInfo(rawWords[i]!, lex, cache));
    letters += wi.letters;
    allUpper &&= wi.allUpper;
  }
  const gaz = gazetteerCodes(lex, info.map((x) => x.w), info.map((x) => x.l));
  // Headlines are in capitals in much newswire; casing then says little, so features know it.
  // (Upper-casing has no context rules, so the per-word test equals testing the joined letters.)
  return { info, caps: letters > 3 && allUpper, gaz };
}

/** Token i's info, or the sentence-start / sentence-end marker outside the sentence. */
export const wordAt = (sw: SentenceWords, i: number): WordInfo => (i < 0 ? START : i >= sw.info.length ? END : sw.info[i]!);

/** The sentence-casing feature of token i (`sc=`). */
export const casingFeature = (sw: SentenceWords, i: number): number => (sw.caps ? sw.info[i]!.scUpper : sw.info[i]!.scLower);

/**
 * The features of token i that combine it with a neighbour (bigrams, shape trigram, gazetteer
 * context) or its place (first word): the ones that cannot be summed once per word. Written to
 * `ids` from `k` in template order; returns the new end.
 */
export function pushPairFeatures(sw: SentenceWords, i: number, ids: Uint32Array, k: number, mask: number): number {
  const n = sw.info.length;
  const cur = sw.info[i]!;
  const prev = wordAt(sw, i - 1);
  const next = wordAt(sw, i + 1);
  ids[k++] = fnv1aFrom(prev.bmHead, cur.l) & mask;
  ids[k++] = fnv1aFrom(cur.bpHead, next.l) & mask;
  ids[k++] = fnv1aFrom(fnv1aFrom(fnv1aFrom(prev.t3Head, cur.s), '|'), next.s) & mask;
  ids[k++] = fnv1aFrom(cur.ws1Head, next.s) & mask;
  ids[k++] = fnv1aFrom(prev.s1wHead, cur.l) & mask;
  if (i === 0) ids[k++] = cur.first & mask;
  for (const g of sw.gaz[i]!) {
    ids[k++] = G.g[g]! & mask;
    ids[k++] = fnv1aFrom(G.gs[g]!, cur.s) & mask;
  }
  if (i > 0) for (const g of sw.gaz[i - 1]!) ids[k++] = G.gm1[g]! & mask;
  if (i + 1 < n) for (const g of sw.gaz[i + 1]!) ids[k++] = G.gp1[g]! & mask;
  return k;
}

// Room per token: ~30 word and pair features, two per gazetteer code at the token and one per code
// at each neighbour (≤ 8 codes at each place), clusters at three places.
const PER_TOKEN = 96;
let scratch = new Uint32Array(64 * PER_TOKEN);

/**
 * Hashed features per token (Ratinov & Roth 2009 style): the word, lower-case form, shape,
 * affixes, a ±2 window, bigrams, sentence casing, gazetteer matches and word clusters.
 * `bucketMask` folds the 32-bit hashes into the weight table. Ids and their order are those of
 * hashing each `name=value` string in full (see hash.ts for the prefix extension).
 */
export function sentenceFeatures(rawWords: readonly string[], lex: Lexicons, bucketMask: number): SentenceFeatures {
  const n = rawWords.length;
  const sw = sentenceWords(rawWords, lex);
  if (scratch.length < n * PER_TOKEN) scratch = new Uint32Array(n * PER_TOKEN);
  const ids = scratch;
  let k = 0;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const cur = sw.info[i]!;
    const prev = wordAt(sw, i - 1);
    const next = wordAt(sw, i + 1);
    const own = cur.own;
    for (let j = 0; j < 4; j++) ids[k++] = own[j]! & bucketMask;
    ids[k++] = casingFeature(sw, i) & bucketMask;
    for (let j = 4; j < own.length; j++) ids[k++] = own[j]! & bucketMask;
    ids[k++] = prev.lm1 & bucketMask;
    ids[k++] = next.lp1 & bucketMask;
    ids[k++] = wordAt(sw, i - 2).lm2 & bucketMask;
    ids[k++] = wordAt(sw, i + 2).lp2 & bucketMask;
    ids[k++] = prev.sm1 & bucketMask;
    ids[k++] = next.sp1 & bucketMask;
    k = pushPairFeatures(sw, i, ids, k, bucketMask);
    for (let j = 0; j < cur.c.length; j++) ids[k++] = cur.c[j]! & bucketMask;
    if (i > 0) for (let j = 0; j < prev.cm1.length; j++) ids[k++] = prev.cm1[j]! & bucketMask;
    if (i + 1 < n) for (let j = 0; j < next.cp1.length; j++) ids[k++] = next.cp1[j]! & bucketMask;
    offsets[i + 1] = k;
  }
  return { ids: ids.slice(0, k), offsets };
}
