/**
 * Word classes for the NER features, computed from unlabeled news text in ../shared/data
 * (PolNeAR articles, ECB+ documents) plus the CoNLL training words:
 *  - distributional clusters: each frequent word is described by its left/right neighbours,
 *    randomly projected to a dense vector and grouped by spherical k-means at two granularities;
 *  - a casing class: how often the word is capitalised away from a sentence start, which tells
 *    "Moreover" (usually lower-case) from "Hegseth" (always capitalised) for unseen words.
 * Everything is seeded and order-fixed, so the output is reproducible.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fnv1a } from '../src/nlp/ner/hash.js';
import { tokenizeText } from '../src/nlp/tokenize.js';

const VOCAB = 30000;
const CONTEXTS = 3000;
const DIMS = 96;
const LEVELS = [48, 320];
const ITERATIONS = 12;

function texts(data: URL): string[] {
  const out: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = new URL(`polnear/${split}/text/`, data);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) out.push(readFileSync(new URL(f, dir), 'utf8'));
  }
  const ecb = new URL('ecbplus/ecbplus.jsonl', data);
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  const conll = new URL('conll2003/train.txt', data);
  if (existsSync(conll)) {
    const words = readFileSync(conll, 'utf8').split('\n').map((l) => (l.startsWith('-DOCSTART-') ? '' : l.split(' ')[0] ?? ''));
    out.push(words.join(' ').replace(/ {2,}/g, '\n'));
  }
  return out;
}

/** Lines of tokens, lower-cased for the clusters, with whether each token was capitalised mid-sentence. */
function tokenLines(all: string[]): { lower: string[]; midCap: Int8Array }[] {
  const out: { lower: string[]; midCap: Int8Array }[] = [];
  for (const t of all) {
    for (const line of t.split('\n')) {
      const words = tokenizeText(line).map((k) => line.slice(k.start, k.end));
      if (words.length === 0) continue;
      // -1: sentence-initial or no letter (no evidence), 1: capitalised, 0: lower case.
      const midCap = Int8Array.from(words, (w, i) => {
        if (i === 0 || /^[.!?:"“‘'(]$/.test(words[i - 1]!) || !/^\p{L}/u.test(w)) return -1;
        return /^\p{Lu}/u.test(w) ? 1 : 0;
      });
      out.push({ lower: words.map((w) => w.toLowerCase()), midCap });
    }
  }
  return out;
}

/** Seeded Gaussian-ish projection values in [-1, 1]. */
function projection(key: number, dim: number): number {
  return (fnv1a(`${key}:${dim}`) / 2147483648) - 1;
}

export function buildClusters(data: URL): Map<number, readonly number[]> {
  const lines = tokenLines(texts(data));
  const freq = new Map<string, number>();
  const caps = new Map<string, [number, number]>();
  for (const { lower, midCap } of lines) {
    lower.forEach((w, i) => {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      if (midCap[i]! >= 0) {
        const c = caps.get(w) ?? [0, 0];
        c[midCap[i]!]!++;
        caps.set(w, c);
      }
    });
  }
  const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, VOCAB).filter(([, n]) => n >= 3).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const context = new Map(ranked.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  // Dense vectors: sum over neighbours of a fixed random projection of (side, context word).
  const vec = new Float64Array(vocab.length * DIMS);
  const add = (wi: number, side: number, ctx: string) => {
    const c = context.get(ctx);
    if (c === undefined) return;
    const key = side * CONTEXTS + c;
    for (let d = 0; d < DIMS; d++) vec[wi * DIMS + d]! += projection(key, d);
  };
  for (const { lower } of lines) {
    lower.forEach((w, i) => {
      const wi = index.get(w);
      if (wi === undefined) return;
      add(wi, 0, lower[i - 1] ?? '<s>');
      add(wi, 1, lower[i + 1] ?? '</s>');
    });
  }
  for (let i = 0; i < vocab.length; i++) normalise(vec, i);
  const levels = LEVELS.map((k) => kmeans(vec, vocab.length, k));
  const out = new Map<number, readonly number[]>();
  vocab.forEach((w, i) => {
    const [low, cap] = caps.get(w) ?? [0, 0];
    const total = low + cap;
    // Casing class: 1 mostly lower case (or only ever capitalised at sentence starts, like
    // "Moreover"), 2 mixed, 3 mostly capitalised, 0 too little evidence.
    const capClass = cap / Math.max(total, 1) < 0.1 && freq.get(w)! >= 3 ? 1 : total < 3 ? 0 : cap / total > 0.9 ? 3 : 2;
    out.set(fnv1a(w), [...levels.map((l) => l[i]!), capClass]);
  });
  return out;
}

function normalise(v: Float64Array, i: number): void {
  let s = 0;
  for (let d = 0; d < DIMS; d++) s += v[i * DIMS + d]! ** 2;
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < DIMS; d++) v[i * DIMS + d]! /= n;
}

/** Spherical k-means, initialised from words at evenly spaced frequency ranks (deterministic). */
function kmeans(vec: Float64Array, n: number, k: number): Uint16Array {
  const cent = new Float64Array(k * DIMS);
  for (let c = 0; c < k; c++) {
    const src = Math.floor((c * n) / k);
    cent.set(vec.subarray(src * DIMS, (src + 1) * DIMS), c * DIMS);
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < DIMS; d++) s += vec[i * DIMS + d]! * cent[c * DIMS + d]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < DIMS; d++) cent[assign[i]! * DIMS + d]! += vec[i * DIMS + d]!;
    for (let c = 0; c < k; c++) normalise(cent, c);
  }
  return assign;
}
