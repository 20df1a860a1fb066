import { ENTITY_TYPES } from './labels.js';
import { fnv1a, fnv1aFrom } from './hash.js';
import type { EntityType } from '../../model/annotation.js';

/** Longest gazetteer phrase, in tokens. */
export const GAZ_MAX_LEN = 5;

/**
 * Side information for the features: a gazetteer (lower-cased phrase hash → bit mask of entity
 * types) and word clusters (word hash → cluster ids at coarse-to-fine levels). Both are derived
 * by scripts/train-ner.ts and stored as hashes, so the model file carries no source text.
 */
export interface Lexicons {
  gazetteer: Map<number, number>;
  clusters: Map<number, readonly number[]>;
}

export const emptyLexicons = (): Lexicons => ({ gazetteer: new Map(), clusters: new Map() });

export function phraseKey(words: readonly string[], start: number, end: number): number {
  return fnv1a(words.slice(start, end).join(' ').toLowerCase());
}

export function typeBit(t: EntityType): number {
  return 1 << ENTITY_TYPES.indexOf(t);
}

/**
 * Bit of a type in the *external* gazetteer (WordNet instance nouns, known outlets), kept apart
 * from the training-name bits: those are jackknifed, these are seen the same way in training and
 * at run time, so the model learns a separate trust for each source (Ratinov & Roth 2009).
 */
export function externalBit(t: EntityType): number {
  return 1 << (ENTITY_TYPES.length + ENTITY_TYPES.indexOf(t));
}

/** Gazetteer sources × types: training names (bits 0–3), external lists (bits 4–7). */
const GAZ_BITS = ENTITY_TYPES.length * 2;

/** Gazetteer match parts, in the order of their codes (code = type index · 4 + part index). */
const GAZ_PARTS = ['B', 'I', 'L', 'U'] as const;

/** Number of gazetteer match codes (source × type × part). */
export const GAZ_CODE_COUNT = GAZ_BITS * 4;

/**
 * The `type:part` string of a gazetteer match code; external-list codes are prefixed with `x`
 * (training-name codes keep their old names, so their feature hashes do not change).
 */
export const gazetteerName = (code: number): string => {
  const t = code >> 2;
  return t < ENTITY_TYPES.length ? `${ENTITY_TYPES[t]!}:${GAZ_PARTS[code & 3]!}` : `x${ENTITY_TYPES[t - ENTITY_TYPES.length]!}:${GAZ_PARTS[code & 3]!}`;
};

/**
 * Per token, the gazetteer matches that cover it, as `type:part` strings (B/I/L/U of the
 * longest match of that type starting there). Only phrases with a capitalised word are looked up,
 * since lower-case gazetteer hits are mostly common words.
 */
export function gazetteerMatches(lex: Lexicons, words: readonly string[]): string[][] {
  return gazetteerCodes(lex, words, words.map((w) => w.toLowerCase())).map((codes) => codes.map(gazetteerName));
}

const NO_CODES: readonly number[] = [];

/**
 * `gazetteerMatches` as numeric codes (see `gazetteerName`), given the lower-cased words: the
 * feature extractor hashes precomputed names instead of building a string per match.
 */
export function gazetteerCodes(lex: Lexicons, words: readonly string[], lower: readonly string[]): (readonly number[])[] {
  const out: (readonly number[])[] = new Array<readonly number[]>(words.length).fill(NO_CODES);
  if (lex.gazetteer.size === 0) return out;
  const seen: number[] = new Array<number>(words.length).fill(0);
  const hashes: number[] = [];
  for (let s = 0; s < words.length; s++) {
    const c = words[s]!.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && !(c > 127 && /^[\p{Lu}\p{N}]/u.test(words[s]!))) continue;
    // Hashes of the phrases starting at s, built incrementally (same values as phraseKey).
    hashes.length = 0;
    let h = fnv1a(lower[s]!);
    hashes.push(h);
    for (let e = s + 1; e < Math.min(words.length, s + GAZ_MAX_LEN); e++) hashes.push((h = fnv1aFrom(fnv1aFrom(h, ' '), lower[e]!)));
    for (let e = s + hashes.length; e > s; e--) {
      const mask = lex.gazetteer.get(hashes[e - s - 1]!);
      if (mask === undefined) continue;
      for (let ti = 0; ti < GAZ_BITS; ti++) {
        const bit = 1 << ti;
        if ((mask & bit) === 0 || (seen[s]! & bit) !== 0) continue;
        for (let i = s; i < e; i++) {
          seen[i] = seen[i]! | bit;
          const part = e - s === 1 ? 3 : i === s ? 0 : i === e - 1 ? 2 : 1;
          if (out[i] === NO_CODES) out[i] = [];
          (out[i] as number[]).push(ti * 4 + part);
        }
      }
    }
  }
  return out;
}
