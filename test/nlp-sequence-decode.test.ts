import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEmissions, type TransitionRules } from '../src/nlp/sequence/decode.js';
import { BIO_LABELS, BIO_RULES } from '../src/nlp/sequence/bio.js';
import { NER_RULES } from '../src/nlp/ner/viterbi.js';
import { LABEL_COUNT } from '../src/nlp/ner/labels.js';

/** Every valid label sequence scored in full: the best one, ties to the lexicographically lowest. */
function bruteForce(em: Float64Array, n: number, L: number, tr: Float32Array, rules: TransitionRules): number[] {
  let best = Number.NEGATIVE_INFINITY;
  let arg: number[] = [];
  const seq: number[] = [];
  const walk = (i: number, score: number) => {
    if (i === n) {
      if (rules.ends[seq[n - 1]!] && score > best) [best, arg] = [score, [...seq]];
      return;
    }
    const prev = i === 0 ? L : seq[i - 1]!;
    for (let b = 0; b < L; b++) {
      if (!rules.allowed[prev * L + b]) continue;
      seq[i] = b;
      walk(i + 1, score + tr[prev * L + b]! + em[i * L + b]!);
    }
  };
  walk(0, 0);
  return arg;
}

function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 2_000_003) / 100_000 - 10;
}

for (const [name, L, rules, maxN] of [['BILOU (NER)', LABEL_COUNT, NER_RULES, 5], ['BIO (attribution)', BIO_LABELS, BIO_RULES, 7]] as const) {
  test(`Viterbi equals exhaustive search over valid ${name} sequences, with work arrays reused across lengths`, () => {
    const next = random(L);
    // Scores spread finely enough that ties do not occur: the best sequence is unique.
    for (const n of [maxN, 1, 3, maxN, 2, maxN - 1]) {
      for (let trial = 0; trial < 20; trial++) {
        const em = Float64Array.from({ length: n * L }, next);
        const tr = Float32Array.from({ length: (L + 1) * L }, next);
        assert.deepEqual([...decodeEmissions(em, n, L, tr, rules)], bruteForce(em, n, L, tr, rules));
      }
    }
  });
}
