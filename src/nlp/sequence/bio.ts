import type { TransitionRules } from './decode.js';

/**
 * BIO labels for one span type: Outside, Begin, Inside. One tagger per span type lets spans of
 * different types overlap (a content span holds the source and cue of a nested attribution).
 */
export const BIO_O = 0;
export const BIO_B = 1;
export const BIO_I = 2;
export const BIO_LABELS = 3;

/** Inside may only continue a span; every label may end the sequence. */
export const BIO_RULES: TransitionRules = (() => {
  const L = BIO_LABELS;
  const allowed = new Uint8Array((L + 1) * L).fill(1);
  allowed[L * L + BIO_I] = 0;
  allowed[BIO_O * L + BIO_I] = 0;
  return { allowed, ends: new Uint8Array(L).fill(1) };
})();

/** Token ranges [start, end) → labels; a range overlapping an earlier one is skipped (labels hold one span per token). */
export function encodeBio(length: number, ranges: readonly { start: number; end: number }[]): Uint8Array {
  const out = new Uint8Array(length);
  for (const r of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (r.end <= r.start || out.subarray(r.start, r.end).some((l) => l !== BIO_O)) continue;
    out[r.start] = BIO_B;
    for (let i = r.start + 1; i < r.end; i++) out[i] = BIO_I;
  }
  return out;
}

export function decodeBio(labels: ArrayLike<number>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i]! : BIO_O;
    if ((l === BIO_O || l === BIO_B) && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    }
    if (l === BIO_B) start = i;
  }
  return out;
}
