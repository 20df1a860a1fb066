import { fnv1a, fnv1aFrom, fnv1aJoin2, fnv1aRange, fnv1aUint } from '../../ner/hash.js';
import { defaultTagger } from '../../ner/tagger.js';
import type { SentenceFeatures } from '../../ner/features.js';
import { normalizeWord, wordShape } from '../../ner/features.js';
import { cueBase, cueStrength, isBaseCue } from '../speech-cues.js';
import { defaultSyntaxModel } from '../../syntax/tagger.js';
import type { SyntaxModel } from '../../syntax/model-io.js';
import { chunkKinds, paragraphSyntax, PLACES, type ParagraphSyntax } from './syntax-features.js';
import type { ParagraphView } from './paragraphs.js';

/*
 * Feature ids are FNV-1a hashes of names like "cl|q=4-6|in". The committed model was trained on
 * those exact ids, so nothing here builds the names any more: FNV-1a is streaming, so a name's hash
 * is its constant prefix's hash continued with the value's characters. Values from a small closed
 * set (quote state, rule tags, distance buckets, cue kinds) index tables of whole-name hashes
 * computed once at load; open values (words, shapes, entity types) continue a prefix hash.
 */

/** Distance bucket names; index 0 = no such token in the sentence. */
const BUCKETS = ['none', '0', '1', '2', '3', '4-6', '7-12', '13+'] as const;
const RULE_TAG = ['-', 'B', 'I'] as const;
const QUOTE = ['out', 'open', 'in', 'close'] as const;
const CUE_KIND = ['-', 'speech', 'stance', 'base', 'acc'] as const;
const BOOL = ['false', 'true'] as const;
const SN = ['0', '1', '2', '3'] as const;
const BOS = '<s>';
const EOS = '</s>';

/** Hash of `${prefix}${v}` for each value. */
const table = (prefix: string, values: readonly string[]) => Uint32Array.from(values, (v) => fnv1a(prefix + v));
/** Hash of `${prefix}${a}|${b}` at index a * bs.length + b. */
const table2 = (prefix: string, as: readonly string[], bs: readonly string[]) =>
  Uint32Array.from(as.flatMap((a) => bs.map((b) => fnv1a(`${prefix}${a}|${b}`))));
/** Neighbour features: the value set plus the sentence-boundary markers, at indices n and n + 1. */
const withEnds = (values: readonly string[]) => [...values, BOS, EOS];

// Name of each feature = prefix (+ value); see `paragraphFeatures` for the meaning of each.
const R3 = RULE_TAG.flatMap((a) => RULE_TAG.flatMap((b) => RULE_TAG.map((c) => a + b + c)));
const T = {
  bias: fnv1a('b'),
  cue: table('cue=', CUE_KIND),
  cueM1: table('cue-1=', withEnds(CUE_KIND)),
  cueP1: table('cue+1=', withEnds(CUE_KIND)),
  cueM2: table('cue-2=', withEnds(CUE_KIND)),
  cueP2: table('cue+2=', withEnds(CUE_KIND)),
  cl: table('cl=', BUCKETS),
  cr: table('cr=', BUCKETS),
  clcr: table2('cl|cr=', BUCKETS, BUCKETS),
  clq: table2('cl|q=', BUCKETS, QUOTE),
  crq: table2('cr|q=', BUCKETS, QUOTE),
  q: table('q=', QUOTE),
  ql: table('q|l=', QUOTE.map((q) => q + '|')),
  qM1: table('q-1=', withEnds(QUOTE)),
  qP1: table('q+1=', withEnds(QUOTE)),
  ss: table2('ss=', BOOL, BOOL),
  sn: table('sn=', SN),
  rs: table('rs=', RULE_TAG),
  rc: table('rc=', RULE_TAG),
  rt: table('rt=', RULE_TAG),
  r3: table('r3=', R3),
  r3q: table2('r3|q=', R3, QUOTE),
  rcl: table('rc|l=', RULE_TAG.map((t) => t + '|')),
  rss: table('rs|s=', RULE_TAG.map((t) => t + '|')),
  rl: table('rl=', BUCKETS),
  rr: table('rr=', BUCKETS),
  rsM1: table('rs-1=', withEnds(RULE_TAG)),
  rsP1: table('rs+1=', withEnds(RULE_TAG)),
  rtM1: table('rt-1=', withEnds(RULE_TAG)),
  rtP1: table('rt+1=', withEnds(RULE_TAG)),
  tc: table('tc=', RULE_TAG),
  tcM1: table('tc-1=', withEnds(RULE_TAG)),
  tcP1: table('tc+1=', withEnds(RULE_TAG)),
  tl: table('tl=', BUCKETS),
  tr: table('tr=', BUCKETS),
  tltr: table2('tl|tr=', BUCKETS, BUCKETS),
  tlq: table2('tl|q=', BUCKETS, QUOTE),
  trq: table2('tr|q=', BUCKETS, QUOTE),
  trs: table('tr|s=', BUCKETS.map((b) => b + '|')),
  tll: table('tl|l=', BUCKETS.map((b) => b + '|')),
  trl: table('tr|l=', BUCKETS.map((b) => b + '|')),
  tcrt: table2('tc|rt=', RULE_TAG, RULE_TAG),
  tcrs: table2('tc|rs=', RULE_TAG, RULE_TAG),
};
// Prefixes continued with an open value (a word, shape or entity type).
const P = {
  w: fnv1a('w='),
  l: fnv1a('l='),
  s: fnv1a('s='),
  p: [0, 0, fnv1a('p2='), fnv1a('p3=')],
  x: [0, 0, fnv1a('x2='), fnv1a('x3=')],
  lM1: fnv1a('l-1='),
  lP1: fnv1a('l+1='),
  lM2: fnv1a('l-2='),
  lP2: fnv1a('l+2='),
  bM: fnv1a('b-='),
  bP: fnv1a('b+='),
  t3: fnv1a('t3='),
  cb: fnv1a('cb='),
  ssl: fnv1a('ss|l='),
  e: fnv1a('e='),
  eM1: fnv1a('e-1='),
  eP1: fnv1a('e+1='),
  ecr: fnv1a('e|cr='),
  twl: fnv1a('twl='),
  twr: fnv1a('twr='),
  twltl: fnv1a('twl|tl='),
  twrtr: fnv1a('twr|tr='),
  st: fnv1a('st='),
  c0: fnv1a('c0='),
  c1: fnv1a('c1='),
  c1M1: fnv1a('c1-1='),
  c1P1: fnv1a('c1+1='),
  c1lP1: fnv1a('c1|l+1='),
};

/**
 * Syntax feature hashes (POS + chunk tagger, src/nlp/syntax; added after the features above, ids
 * unchanged). Tag names come from the syntax model, so the whole-name tables are built once per
 * model; only verb heads and a next word outside any chunk are open values continuing a prefix.
 */
function syntaxTables(m: SyntaxModel) {
  const pos = withEnds(m.posNames);
  const ch = withEnds(m.chunkNames);
  const kinds = chunkKinds(m);
  return {
    pos: table('pos=', pos),
    posM1: table('pos-1=', pos),
    posP1: table('pos+1=', pos),
    posM2: table('pos-2=', pos),
    posP2: table('pos+2=', pos),
    posBM: table2('pos-1|pos=', pos, pos),
    posBP: table2('pos|pos+1=', pos, pos),
    ch: table('ch=', ch),
    chM1: table('ch-1=', ch),
    chP1: table('ch+1=', ch),
    chPos: table2('ch|at=', m.chunkNames, PLACES),
    vh: fnv1a('vh='),
    vhNone: fnv1a('vh=-'),
    vhM: fnv1a('vh-1='),
    vhMNone: fnv1a('vh-1=-'),
    // "np|next=<chunk>|<type of the next chunk, or EOS>"; a next word outside any chunk continues npEndWord.
    npEnd: table2('np|next=', m.chunkNames, [...kinds.type, EOS]),
    npEndWord: table('np|next=', m.chunkNames.map((c) => c + '|')),
    posCr: table2('pos|cr=', m.posNames, BUCKETS),
  };
}
type SyntaxTables = ReturnType<typeof syntaxTables>;
const syntaxTableCache = new WeakMap<SyntaxModel, SyntaxTables>();
function syntaxTablesOf(m: SyntaxModel): SyntaxTables {
  let t = syntaxTableCache.get(m);
  if (!t) syntaxTableCache.set(m, (t = syntaxTables(m)));
  return t;
}

/** Cluster id of an unknown word (ids are small non-negative integers). */
const NO_CLUSTER = 0xffff;

/**
 * Distributional word clusters (coarse, fine) shared with the NER model (scripts/ner-clusters.ts):
 * a rare reporting verb or noun ("propounding", "chastised") falls in the cluster of frequent ones,
 * so what the tagger learned about those carries over. Unknown words get NO_CLUSTER.
 */
function clustersOf(lower: readonly string[]): [Uint16Array, Uint16Array] {
  const lex = defaultTagger()?.lexicons.clusters;
  const coarse = new Uint16Array(lower.length).fill(NO_CLUSTER);
  const fine = new Uint16Array(lower.length).fill(NO_CLUSTER);
  if (lex) {
    lower.forEach((l, i) => {
      const c = lex.get(fnv1a(l));
      if (c && c.length >= 2) {
        coarse[i] = c[0]!;
        fine[i] = c[1]!;
      }
    });
  }
  return [coarse, fine];
}

/**
 * Length of a crude stem of a lower-case word: common inflections and a final "e" removed, so
 * "announced", "announces", "announcing" and "announce" share a feature (a lemma without a
 * dictionary; over-stemming only merges features, it never hides the word itself).
 */
function stemLength(l: string): number {
  const n = l.length;
  if (n <= 4 || !/^[a-z]+$/.test(l)) return n;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (l.endsWith(suffix) && n - suffix.length >= 3) return l.endsWith('e', n - suffix.length) ? n - suffix.length - 1 : n - suffix.length;
  }
  return l.endsWith('e') ? n - 1 : n;
}

/** Bucket index (into BUCKETS) of how far the nearest token satisfying `is` lies, within the same sentence. */
function distanceBuckets(n: number, sentence: Uint16Array, is: (i: number) => boolean, step: 1 | -1): Uint8Array {
  const out = new Uint8Array(n);
  let last = -1;
  for (let k = 0; k < n; k++) {
    const i = step === 1 ? n - 1 - k : k;
    if (last >= 0 && sentence[last] !== sentence[i]) last = -1;
    if (last >= 0) {
      const d = Math.abs(last - i);
      out[i] = d <= 3 ? d + 1 : d <= 6 ? 5 : d <= 12 ? 6 : 7;
    }
    if (is(i)) last = i;
  }
  return out;
}

/** The first word of the nearest tagged cue in the same sentence, in direction `step`, or 'none'. */
function nearestWord(lower: readonly string[], sentence: Uint16Array, cues: Uint8Array, step: 1 | -1): string[] {
  const n = lower.length;
  const out = new Array<string>(n).fill('none');
  let word = 'none';
  for (let k = 0; k < n; k++) {
    const i = step === -1 ? k : n - 1 - k;
    const j = i - step;
    if (j < 0 || j >= n || sentence[j] !== sentence[i]) word = 'none';
    out[i] = word;
    if (cues[i] === 1) word = lower[i]!;
  }
  return out;
}

/** Index into CUE_KIND of a lower-cased word. */
function cueKind(l: string): number {
  const strength = cueStrength(l);
  if (strength === 'speech') return 1;
  if (strength === 'stance') return 2;
  return isBaseCue(l) ? 3 : l === 'according' ? 4 : 0;
}

/** Upper bound of first-stage features per token (71 today), to size the id buffer once. */
const MAX_BASE_PER_TOKEN = 76;
/** Second-stage features per token. */
const TAG_PER_TOKEN = 17;

/** What the second call for the same paragraph reuses: the first stage's ids and the token strings. */
interface BaseFeatures extends SentenceFeatures {
  mask: number;
  /** False: the word-only features (wordFeatureIds) are left out, for the memoised scoring path. */
  wordOnly: boolean;
  lower: string[];
  shapes: string[];
}

// The tagger extracts features twice per paragraph (cue stage, then with the tagged cues); the
// second call copies the first stage's ids instead of hashing them again.
const baseCache = new WeakMap<ParagraphView, BaseFeatures>();

// Index of a neighbour's value in a withEnds() table: the value, or the boundary marker past either end.
const near = (a: Uint8Array, n: number, i: number, size: number) => (i < 0 ? size : i >= n ? size + 1 : a[i]!);

function baseFeatures(p: ParagraphView, bucketMask: number, wordOnly = true): BaseFeatures {
  const hit = baseCache.get(p);
  if (hit && hit.mask === bucketMask && hit.wordOnly === wordOnly) return hit;
  const n = p.words.length;
  const words = p.words.map(normalizeWord);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const cue = Uint8Array.from(lower, cueKind);
  const [ruleS, ruleC, ruleT] = p.rule;
  const cueLeft = distanceBuckets(n, p.sentence, (i) => cue[i] !== 0, -1);
  const cueRight = distanceBuckets(n, p.sentence, (i) => cue[i] !== 0, 1);
  const ruleLeft = distanceBuckets(n, p.sentence, (i) => ruleC[i] !== 0, -1);
  const ruleRight = distanceBuckets(n, p.sentence, (i) => ruleC[i] !== 0, 1);
  const at = (a: readonly string[], i: number) => (i < 0 ? BOS : i >= n ? EOS : a[i]!);
  const entity = p.entity.map((e) => e ?? '-');
  const [coarse, fine] = clustersOf(lower);
  const syntaxModel = defaultSyntaxModel();
  const syn: ParagraphSyntax | null = syntaxModel ? paragraphSyntax(syntaxModel, p.words, p.sentence) : null;
  const ST = syntaxModel ? syntaxTablesOf(syntaxModel) : null;
  const POS = syntaxModel ? syntaxModel.posNames.length : 0;
  const CH = syntaxModel ? syntaxModel.chunkNames.length : 0;
  const chunkO = syntaxModel ? syntaxModel.chunkNames.indexOf('O') : -1;
  // The syntax views lower-case the raw word; `lower` is of the normalised word, the same string
  // unless normalisation changed it (typographic quotes and dashes).
  const rawLower = (j: number) => (words[j] === p.words[j] ? lower[j]! : p.words[j]!.toLowerCase());
  const ids = new Uint32Array(n * MAX_BASE_PER_TOKEN);
  let k = 0;
  const f = (h: number) => {
    ids[k++] = h & bucketMask;
  };
  // Word-only features (those `wordFeatureIds` lists): skipped when the caller sums them per word.
  const fw = wordOnly ? f : (_: number) => {};
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const l = lower[i]!;
    const s = shapes[i]!;
    const q = p.quote[i]!;
    const rs = ruleS[i]!;
    const rc = ruleC[i]!;
    const rt = ruleT[i]!;
    const cl = cueLeft[i]!;
    const cr = cueRight[i]!;
    const sentStart = i === 0 || p.sentence[i - 1] !== p.sentence[i];
    const sentEnd = i === n - 1 || p.sentence[i + 1] !== p.sentence[i];
    fw(T.bias);
    fw(fnv1aFrom(P.w, words[i]!));
    fw(fnv1aFrom(P.l, l));
    fw(fnv1aFrom(P.s, s));
    for (let j = 2; j <= 3 && j < l.length; j++) {
      fw(fnv1aRange(P.p[j]!, l, 0, j));
      fw(fnv1aRange(P.x[j]!, l, l.length - j, l.length));
    }
    fw(fnv1aFrom(P.lM1, at(lower, i - 1)));
    fw(fnv1aFrom(P.lP1, at(lower, i + 1)));
    fw(fnv1aFrom(P.lM2, at(lower, i - 2)));
    fw(fnv1aFrom(P.lP2, at(lower, i + 2)));
    f(fnv1aJoin2(P.bM, at(lower, i - 1), l));
    f(fnv1aJoin2(P.bP, l, at(lower, i + 1)));
    // t3 = "prev|shape|next": the first value and its '|' continue the prefix, then a two-part join.
    f(fnv1aJoin2(fnv1aFrom(fnv1aFrom(P.t3, at(shapes, i - 1)), '|'), s, at(shapes, i + 1)));
    fw(T.cue[cue[i]!]!);
    if (cue[i] !== 0) fw(fnv1aFrom(P.cb, cueBase(l) ?? l));
    fw(T.cueM1[near(cue, n, i - 1, CUE_KIND.length)]!);
    fw(T.cueP1[near(cue, n, i + 1, CUE_KIND.length)]!);
    fw(T.cueM2[near(cue, n, i - 2, CUE_KIND.length)]!);
    fw(T.cueP2[near(cue, n, i + 2, CUE_KIND.length)]!);
    f(T.cl[cl]!);
    f(T.cr[cr]!);
    f(T.clcr[cl * BUCKETS.length + cr]!);
    f(T.clq[cl * QUOTE.length + q]!);
    f(T.crq[cr * QUOTE.length + q]!);
    f(T.q[q]!);
    f(fnv1aFrom(T.ql[q]!, l));
    f(T.qM1[near(p.quote, n, i - 1, QUOTE.length)]!);
    f(T.qP1[near(p.quote, n, i + 1, QUOTE.length)]!);
    f(T.ss[(sentStart ? 2 : 0) + (sentEnd ? 1 : 0)]!);
    f(T.sn[Math.min(p.sentence[i]!, 3)]!);
    if (sentStart) f(fnv1aFrom(P.ssl, l));
    f(T.rs[rs]!);
    f(T.rc[rc]!);
    f(T.rt[rt]!);
    const r3 = rs * 9 + rc * 3 + rt;
    f(T.r3[r3]!);
    f(T.r3q[r3 * QUOTE.length + q]!);
    f(fnv1aFrom(T.rcl[rc]!, l));
    f(fnv1aFrom(T.rss[rs]!, s));
    f(T.rl[ruleLeft[i]!]!);
    f(T.rr[ruleRight[i]!]!);
    f(T.rsM1[near(ruleS, n, i - 1, RULE_TAG.length)]!);
    f(T.rsP1[near(ruleS, n, i + 1, RULE_TAG.length)]!);
    f(T.rtM1[near(ruleT, n, i - 1, RULE_TAG.length)]!);
    f(T.rtP1[near(ruleT, n, i + 1, RULE_TAG.length)]!);
    f(fnv1aFrom(P.e, entity[i]!));
    f(fnv1aFrom(P.eM1, at(entity, i - 1)));
    f(fnv1aFrom(P.eP1, at(entity, i + 1)));
    f(fnv1aJoin2(P.ecr, entity[i]!, BUCKETS[cr]!));
    fw(fnv1aRange(P.st, l, 0, stemLength(l)));
    fw(fnv1aUint(P.c0, coarse[i]!));
    fw(fnv1aUint(P.c1, fine[i]!));
    fw(fnv1aUint(P.c1M1, i > 0 ? fine[i - 1]! : NO_CLUSTER + 1));
    fw(fnv1aUint(P.c1P1, i + 1 < n ? fine[i + 1]! : NO_CLUSTER + 1));
    f(fnv1aFrom(fnv1aFrom(fnv1aUint(P.c1lP1, fine[i]!), '|'), at(lower, i + 1)));
    if (syn && ST) {
      // Part of speech in a ±2 window, the phrase chunk and where the token sits in it, the head
      // of the verb group it is in (or that ends just before it), and what follows a noun phrase:
      // multi-word cues without a reporting verb ("is seizing on") and source boundaries
      // (appositions, "who" clauses) are syntactic, not lexical.
      const pos = syn.pos;
      const ch = syn.chunk;
      const p0 = pos[i]!;
      const pM1 = near(pos, n, i - 1, POS);
      const pP1 = near(pos, n, i + 1, POS);
      const c0 = ch[i]!;
      f(ST.pos[p0]!);
      f(ST.posM1[pM1]!);
      f(ST.posP1[pP1]!);
      f(ST.posM2[near(pos, n, i - 2, POS)]!);
      f(ST.posP2[near(pos, n, i + 2, POS)]!);
      f(ST.posBM[pM1 * (POS + 2) + p0]!);
      f(ST.posBP[p0 * (POS + 2) + pP1]!);
      f(ST.ch[c0]!);
      f(ST.chM1[near(ch, n, i - 1, CH)]!);
      f(ST.chP1[near(ch, n, i + 1, CH)]!);
      f(ST.chPos[c0 * PLACES.length + syn.place[i]!]!);
      const vh = syn.verbHead[i]!;
      f(vh < 0 ? ST.vhNone : fnv1aFrom(ST.vh, rawLower(vh)));
      const vhM = syn.verbHeadBefore[i]!;
      f(vhM < 0 ? ST.vhMNone : fnv1aFrom(ST.vhM, rawLower(vhM)));
      const nx = syn.next[i]!;
      if (nx < n && ch[nx] === chunkO) f(fnv1aFrom(ST.npEndWord[c0]!, rawLower(nx)));
      else f(ST.npEnd[c0 * (CH + 1) + (nx < n ? ch[nx]! : CH)]!);
      f(ST.posCr[p0 * BUCKETS.length + cr]!);
    }
    offsets[i + 1] = k;
  }
  // Writes past a typed array's end are silently dropped: a feature added without raising the bound must fail loudly.
  if (k > ids.length) throw new RangeError(`attribution features: ${k} ids for a buffer of ${ids.length}; raise the per-token bound`);
  const out = { ids: ids.slice(0, k), offsets, mask: bucketMask, wordOnly, lower, shapes };
  baseCache.set(p, out);
  return out;
}

/**
 * Hashed features of every token of a paragraph: word, lower case, shape, affixes, a ±2 window,
 * reporting-verb lexicon hits nearby and how far the nearest one is, quote state, sentence
 * position, entity types and the rule-based relation tags (stacking: the model learns when the
 * rules are right and extends them where they stop). With `cues` (the cue tagger's labels), each
 * token's features are followed by where the tagged cues are and which words they are.
 */
export function paragraphFeatures(p: ParagraphView, bucketMask: number, cues: Uint8Array | null = null): SentenceFeatures {
  const base = baseFeatures(p, bucketMask);
  if (cues === null) return { ids: base.ids, offsets: base.offsets };
  const tags = cueTagFeatures(p, bucketMask, cues);
  const n = p.words.length;
  const ids = new Uint32Array(base.ids.length + tags.ids.length);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    ids.set(base.ids.subarray(base.offsets[i]!, base.offsets[i + 1]!), k);
    k += base.offsets[i + 1]! - base.offsets[i]!;
    ids.set(tags.ids.subarray(tags.offsets[i]!, tags.offsets[i + 1]!), k);
    k += tags.offsets[i + 1]! - tags.offsets[i]!;
    offsets[i + 1] = k;
  }
  return { ids, offsets };
}

/** The first-stage ids without the word-only ones, for scoring with `wordFeatureIds` sums memoised per word. */
export function contextFeatures(p: ParagraphView, bucketMask: number): SentenceFeatures {
  const base = baseFeatures(p, bucketMask, false);
  return { ids: base.ids, offsets: base.offsets };
}

/** The places a word's word-only features reach: its own token, and the tokens 1 and 2 after and before it. */
export const WORD_PLACES = ['own', 'asPrev', 'asNext', 'asPrev2', 'asNext2'] as const;

/** A paragraph edge seen as a neighbour: the lower-case value, cluster and cue-kind index it stands for. */
const EDGE = {
  start: { l: BOS, fine: NO_CLUSTER + 1, kind: CUE_KIND.length },
  end: { l: EOS, fine: NO_CLUSTER + 1, kind: CUE_KIND.length + 1 },
};

/** What a word, or a paragraph edge, is to the tokens 1 and 2 after and before it (WORD_PLACES order from asPrev). */
function neighbourIds(l: string, fine: number, kind: number): number[][] {
  return [
    [fnv1aFrom(P.lM1, l), fnv1aUint(P.c1M1, fine), T.cueM1[kind]!],
    [fnv1aFrom(P.lP1, l), fnv1aUint(P.c1P1, fine), T.cueP1[kind]!],
    [fnv1aFrom(P.lM2, l), T.cueM2[kind]!],
    [fnv1aFrom(P.lP2, l), T.cueP2[kind]!],
  ];
}

/**
 * The first-stage features that depend on one word alone (unmasked hashes), by place (WORD_PLACES
 * order): the token's own (bias, word, lower case, shape, affixes, cue kind and base, stem,
 * clusters) and what it is to its neighbours (l±1, l±2, c1±1, cue±1, cue±2). `baseFeatures`
 * emits exactly these through `fw`, so a token's first-stage weights are its `contextFeatures`
 * weights plus these of the words at and around it (test/nlp-attribution-word-scores.test.ts).
 */
export function wordFeatureIds(raw: string): number[][] {
  const w = normalizeWord(raw);
  const l = w.toLowerCase();
  const s = wordShape(w);
  const kind = cueKind(l);
  const [coarse, fine] = clustersOf([l]);
  const own = [T.bias, fnv1aFrom(P.w, w), fnv1aFrom(P.l, l), fnv1aFrom(P.s, s)];
  for (let j = 2; j <= 3 && j < l.length; j++) own.push(fnv1aRange(P.p[j]!, l, 0, j), fnv1aRange(P.x[j]!, l, l.length - j, l.length));
  own.push(T.cue[kind]!);
  if (kind !== 0) own.push(fnv1aFrom(P.cb, cueBase(l) ?? l));
  own.push(fnv1aRange(P.st, l, 0, stemLength(l)), fnv1aUint(P.c0, coarse[0]!), fnv1aUint(P.c1, fine[0]!));
  return [own, ...neighbourIds(l, fine[0]!, kind)];
}

/** `wordFeatureIds` of a paragraph edge, which has no features of its own. */
export function edgeFeatureIds(side: keyof typeof EDGE): number[][] {
  const e = EDGE[side];
  return [[], ...neighbourIds(e.l, e.fine, e.kind)];
}

/**
 * Only the second-stage features of each token (where the tagged cues are and which words they
 * are); `paragraphFeatures(p, mask, cues)` is the first stage's ids followed by these, per token.
 * The tagger scores the two parts separately so the first stage's scores serve all roles.
 */
export function cueTagFeatures(p: ParagraphView, bucketMask: number, cues: Uint8Array): SentenceFeatures {
  // Only the token strings are read here: either first-stage variant has them.
  const hit = baseCache.get(p);
  const base = hit && hit.mask === bucketMask ? hit : baseFeatures(p, bucketMask);
  const n = p.words.length;
  const { lower, shapes } = base;
  const tagged = {
    tags: cues,
    left: distanceBuckets(n, p.sentence, (i) => cues[i] !== 0, -1),
    right: distanceBuckets(n, p.sentence, (i) => cues[i] !== 0, 1),
    wordLeft: nearestWord(lower, p.sentence, cues, -1),
    wordRight: nearestWord(lower, p.sentence, cues, 1),
  };
  const ids = new Uint32Array(n * TAG_PER_TOKEN);
  let k = 0;
  const f = (h: number) => {
    ids[k++] = h & bucketMask;
  };
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const l = lower[i]!;
    const s = shapes[i]!;
    const q = p.quote[i]!;
    const rs = p.rule[0][i]!;
    const rt = p.rule[2][i]!;
    const tc = tagged.tags[i]!;
    const tl = tagged.left[i]!;
    const tr = tagged.right[i]!;
    f(T.tc[tc]!);
    f(T.tcM1[near(tagged.tags, n, i - 1, RULE_TAG.length)]!);
    f(T.tcP1[near(tagged.tags, n, i + 1, RULE_TAG.length)]!);
    f(T.tl[tl]!);
    f(T.tr[tr]!);
    f(T.tltr[tl * BUCKETS.length + tr]!);
    f(T.tlq[tl * QUOTE.length + q]!);
    f(T.trq[tr * QUOTE.length + q]!);
    f(fnv1aFrom(T.trs[tr]!, s));
    f(fnv1aFrom(T.tll[tl]!, l));
    f(fnv1aFrom(T.trl[tr]!, l));
    f(fnv1aFrom(P.twl, tagged.wordLeft[i]!));
    f(fnv1aFrom(P.twr, tagged.wordRight[i]!));
    f(fnv1aJoin2(P.twltl, tagged.wordLeft[i]!, BUCKETS[tl]!));
    f(fnv1aJoin2(P.twrtr, tagged.wordRight[i]!, BUCKETS[tr]!));
    f(T.tcrt[tc * RULE_TAG.length + rt]!);
    f(T.tcrs[tc * RULE_TAG.length + rs]!);
    offsets[i + 1] = k;
  }
  // Writes past a typed array's end are silently dropped: a feature added without raising the bound must fail loudly.
  if (k > ids.length) throw new RangeError(`attribution features: ${k} ids for a buffer of ${ids.length}; raise the per-token bound`);
  return { ids, offsets };
}
