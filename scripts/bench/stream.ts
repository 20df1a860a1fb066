import type { BaseDoc } from './base-docs.js';
import { seededRandom as rng, shuffledWith } from '../../src/util/random.js';

export interface StreamDoc {
  id: string;
  text: string;
  published: string;
}

const DAY = 86_400_000;
const START = Date.UTC(2030, 0, 1);

/**
 * Replicate the base documents to `size` articles with light perturbation, so that copies are
 * new articles rather than exact duplicates: each replica gets its own date (shifted by weeks),
 * its sentences shuffled (the first kept as the lead) and its capitalised names swapped for others
 * from the corpus. The stream is in date order, as a newsroom receives it.
 */
export function buildStream(base: BaseDoc[], size: number, seed = 20310): StreamDoc[] {
  const rand = rng(seed);
  const names = namesOf(base);
  const out: StreamDoc[] = [];
  for (let i = 0; i < size; i++) {
    const b = base[i % base.length]!;
    const replica = Math.floor(i / base.length);
    const baseDay = (i % base.length) % 365;
    const published = new Date(START + (baseDay + replica * 21) * DAY).toISOString().slice(0, 10);
    out.push(replica === 0 ? { id: b.id, text: b.text, published } : { id: `${b.id}~${replica}`, text: perturb(b.text, names, rand), published });
  }
  return out.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
}

/** Mulberry32 adds this to its state on every draw (src/util/random.ts). */
const MULBERRY_STEP = 0x6d2b79f5;

/**
 * The same documents in the same order as `buildStream`, but each text is made only when the
 * consumer reaches it, so a 100,000-article bench does not hold every text (hundreds of MB) in
 * memory beside the engine it measures. A first pass counts the random draws before each
 * document; since Mulberry32's state after k draws is seed + k·step, each document's generator
 * is re-seeded exactly where the eager version would be.
 */
export function* streamDocs(base: BaseDoc[], size: number, seed = 20310): Generator<StreamDoc> {
  const draws = new Float64Array(size);
  let total = 0;
  const counting = rng(seed);
  const count = () => (total++, counting());
  for (let i = 0; i < size; i++) {
    draws[i] = total;
    if (Math.floor(i / base.length) > 0) perturb(base[i % base.length]!.text, namesOf(base), count);
  }
  const order = Array.from({ length: size }, (_, i) => i);
  const day = (i: number) => ((i % base.length) % 365) + Math.floor(i / base.length) * 21;
  // Same day order, ties in index order, as the eager version's stable sort by date gives.
  order.sort((a, b) => day(a) - day(b) || a - b);
  for (const i of order) {
    const b = base[i % base.length]!;
    const replica = Math.floor(i / base.length);
    const published = new Date(START + day(i) * DAY).toISOString().slice(0, 10);
    if (replica === 0) yield { id: b.id, text: b.text, published };
    else yield { id: `${b.id}~${replica}`, text: perturb(b.text, namesOf(base), rng((seed + Math.imul(draws[i]!, MULBERRY_STEP)) >>> 0)), published };
  }
}

/** The sorted capitalised words of the corpus, computed once per base list. */
const namesCache = new WeakMap<BaseDoc[], string[]>();
function namesOf(base: BaseDoc[]): string[] {
  let names = namesCache.get(base);
  if (!names) namesCache.set(base, (names = [...new Set(base.flatMap((d) => d.text.match(/\b[A-Z][a-z]{3,}\b/g) ?? []))].sort()));
  return names;
}

/** One replica's text: lead kept, other lines shuffled, capitalised names swapped (as `buildStream`). */
function perturb(text: string, names: string[], rand: () => number): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const body = [lines[0] ?? '', ...shuffledWith(lines.slice(1), rand)].join('\n');
  const swap = new Map<string, string>();
  return body.replace(/\b[A-Z][a-z]{3,}\b/g, (w) => {
    if (!swap.has(w)) swap.set(w, rand() < 0.5 ? w : names[Math.floor(rand() * names.length)]!);
    return swap.get(w)!;
  });
}
