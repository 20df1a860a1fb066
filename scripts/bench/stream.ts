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
  const names = [...new Set(base.flatMap((d) => d.text.match(/\b[A-Z][a-z]{3,}\b/g) ?? []))].sort();
  const out: StreamDoc[] = [];
  for (let i = 0; i < size; i++) {
    const b = base[i % base.length]!;
    const replica = Math.floor(i / base.length);
    const baseDay = (i % base.length) % 365;
    const published = new Date(START + (baseDay + replica * 21) * DAY).toISOString().slice(0, 10);
    if (replica === 0) {
      out.push({ id: b.id, text: b.text, published });
      continue;
    }
    const lines = b.text.split('\n').filter((l) => l.trim());
    const body = [lines[0] ?? '', ...shuffledWith(lines.slice(1), rand)].join('\n');
    const swap = new Map<string, string>();
    const text = body.replace(/\b[A-Z][a-z]{3,}\b/g, (w) => {
      if (!swap.has(w)) swap.set(w, rand() < 0.5 ? w : names[Math.floor(rand() * names.length)]!);
      return swap.get(w)!;
    });
    out.push({ id: `${b.id}~${replica}`, text, published });
  }
  return out.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
}
