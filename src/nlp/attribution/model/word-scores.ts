import { ownString } from '../../../util/own-string.js';
import type { ParagraphView } from './paragraphs.js';
import { edgeFeatureIds, WORD_PLACES, wordFeatureIds } from './features.js';
import { jointRow, type JointEmission } from './joint-emission.js';

/*
 * First-stage emission scores with the word-only features summed once per distinct word, as the
 * NER tagger does (ner/word-emission.ts): about a third of a token's ~70 first-stage features are
 * functions of one word (its own, or what it is to the tokens up to two places away). Their
 * per-role label sums are memoised per word string; `contextFeatures` gives the rest. Exact only
 * for integer weights, where a sum does not depend on the order of its additions, so the tagger
 * takes this path for the shipped int16 table only.
 */

const PLACES = WORD_PLACES.length;
/** Distinct words kept per table; the memo is dropped and refilled when full (news vocabularies repeat). */
const MAX_WORDS = 50_000;

/** Memoised word sums for one packed table and bucket mask. */
export class WordScores {
  private readonly memo = new Map<string, Float64Array>();
  private readonly start: Float64Array;
  private readonly end: Float64Array;

  constructor(
    private readonly c: JointEmission,
    private readonly mask: number,
  ) {
    this.start = this.sums(edgeFeatureIds('start'));
    this.end = this.sums(edgeFeatureIds('end'));
  }

  /** Label sums by place, role and label: (place · roles + role) · labels + label. */
  private sums(byPlace: readonly (readonly number[])[]): Float64Array {
    const { roles: R, labels: L, rows } = this.c;
    const out = new Float64Array(PLACES * R * L);
    byPlace.forEach((ids, place) => {
      for (const h of ids) {
        const row = jointRow(this.c, h & this.mask);
        if (row >= 0) for (let k = 0; k < R * L; k++) out[place * R * L + k]! += rows[row * R * L + k]!;
      }
    });
    return out;
  }

  private of(raw: string): Float64Array {
    let s = this.memo.get(raw);
    if (s === undefined) {
      if (this.memo.size >= MAX_WORDS) this.memo.clear();
      s = this.sums(wordFeatureIds(raw));
      this.memo.set(ownString(raw), s); // kept across documents: not a view into this one's text
    }
    return s;
  }

  /** Add every token's word-only weights to `out[k]` (role k; token i, label l at i·labels + l). */
  add(p: ParagraphView, out: readonly Float64Array[]): void {
    const { roles: R, labels: L } = this.c;
    const n = p.words.length;
    const words = p.words.map((w) => this.of(w));
    const at = (j: number) => (j < 0 ? this.start : j >= n ? this.end : words[j]!);
    // Word j's sums at `place` (WORD_PLACES order) into token i.
    const addPlace = (i: number, s: Float64Array, place: number) => {
      for (let r = 0; r < R; r++) {
        const em = out[r]!;
        const at0 = (place * R + r) * L;
        for (let l = 0; l < L; l++) em[i * L + l]! += s[at0 + l]!;
      }
    };
    for (let i = 0; i < n; i++) {
      // own, then the words whose prev / next / prev2 / next2 this token is (no array per token)
      addPlace(i, words[i]!, 0);
      addPlace(i, at(i - 1), 1);
      addPlace(i, at(i + 1), 2);
      addPlace(i, at(i - 2), 3);
      addPlace(i, at(i + 2), 4);
    }
  }
}
