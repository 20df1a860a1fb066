import { fnv1a } from '../ner/hash.js';
import type { SentenceFeatures } from '../ner/features.js';
import { normalizeWord, wordShape } from '../ner/features.js';
import { cueBase, cueStrength, isBaseCue } from '../speech-cues.js';
import type { ParagraphView } from './paragraphs.js';

/** How far (in tokens, bucketed) the nearest token satisfying `is` lies, within the same sentence. */
function distanceBuckets(n: number, sentence: Uint16Array, is: (i: number) => boolean, step: 1 | -1): string[] {
  const out = new Array<string>(n).fill('none');
  const order = step === 1 ? Array.from({ length: n }, (_, i) => n - 1 - i) : Array.from({ length: n }, (_, i) => i);
  let last = -1;
  for (const i of order) {
    if (last >= 0 && sentence[last] !== sentence[i]) last = -1;
    if (last >= 0) {
      const d = Math.abs(last - i);
      out[i] = d <= 3 ? String(d) : d <= 6 ? '4-6' : d <= 12 ? '7-12' : '13+';
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

const RULE_TAG = ['-', 'B', 'I'];
const QUOTE = ['out', 'open', 'in', 'close'];

/**
 * Hashed features of every token of a paragraph: word, lower case, shape, affixes, a ±2 window,
 * reporting-verb lexicon hits nearby and how far the nearest one is, quote state, sentence
 * position, entity types and the rule-based relation tags (stacking: the model learns when the
 * rules are right and extends them where they stop).
 */
export function paragraphFeatures(p: ParagraphView, bucketMask: number, cues: Uint8Array | null = null): SentenceFeatures {
  const n = p.words.length;
  const words = p.words.map(normalizeWord);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const cue = lower.map((l) => cueStrength(l) ?? (isBaseCue(l) ? 'base' : l === 'according' ? 'acc' : '-'));
  const isCue = (i: number) => cue[i] !== '-';
  const isRuleCue = (i: number) => p.rule[1][i] !== 0;
  const cueLeft = distanceBuckets(n, p.sentence, isCue, -1);
  const cueRight = distanceBuckets(n, p.sentence, isCue, 1);
  const ruleLeft = distanceBuckets(n, p.sentence, isRuleCue, -1);
  const ruleRight = distanceBuckets(n, p.sentence, isRuleCue, 1);
  const at = (a: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  // Second stage (source and content taggers): where the cue tagger put cues, and which words they are.
  const isTaggedCue = (i: number) => cues !== null && cues[i] !== 0;
  const tagLeft = cues ? distanceBuckets(n, p.sentence, isTaggedCue, -1) : null;
  const tagRight = cues ? distanceBuckets(n, p.sentence, isTaggedCue, 1) : null;
  const cueWordLeft = cues ? nearestWord(lower, p.sentence, cues, -1) : null;
  const cueWordRight = cues ? nearestWord(lower, p.sentence, cues, 1) : null;
  const ids: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const f = (s: string) => ids.push(fnv1a(s) & bucketMask);
  for (let i = 0; i < n; i++) {
    const l = lower[i]!;
    const s = shapes[i]!;
    const q = QUOTE[p.quote[i]!]!;
    const rs = RULE_TAG[p.rule[0][i]!]!;
    const rc = RULE_TAG[p.rule[1][i]!]!;
    const rt = RULE_TAG[p.rule[2][i]!]!;
    const sentStart = i === 0 || p.sentence[i - 1] !== p.sentence[i];
    const sentEnd = i === n - 1 || p.sentence[i + 1] !== p.sentence[i];
    f('b');
    f(`w=${words[i]}`);
    f(`l=${l}`);
    f(`s=${s}`);
    for (let j = 2; j <= 3 && j < l.length; j++) {
      f(`p${j}=${l.slice(0, j)}`);
      f(`x${j}=${l.slice(-j)}`);
    }
    f(`l-1=${at(lower, i - 1)}`);
    f(`l+1=${at(lower, i + 1)}`);
    f(`l-2=${at(lower, i - 2)}`);
    f(`l+2=${at(lower, i + 2)}`);
    f(`b-=${at(lower, i - 1)}|${l}`);
    f(`b+=${l}|${at(lower, i + 1)}`);
    f(`t3=${at(shapes, i - 1)}|${s}|${at(shapes, i + 1)}`);
    f(`cue=${cue[i]}`);
    if (isCue(i)) f(`cb=${cueBase(l) ?? l}`);
    f(`cue-1=${i > 0 ? cue[i - 1] : '<s>'}`);
    f(`cue+1=${i + 1 < n ? cue[i + 1] : '</s>'}`);
    f(`cue-2=${i > 1 ? cue[i - 2] : '<s>'}`);
    f(`cue+2=${i + 2 < n ? cue[i + 2] : '</s>'}`);
    f(`cl=${cueLeft[i]}`);
    f(`cr=${cueRight[i]}`);
    f(`cl|cr=${cueLeft[i]}|${cueRight[i]}`);
    f(`cl|q=${cueLeft[i]}|${q}`);
    f(`cr|q=${cueRight[i]}|${q}`);
    f(`q=${q}`);
    f(`q|l=${q}|${l}`);
    f(`q-1=${i > 0 ? QUOTE[p.quote[i - 1]!] : '<s>'}`);
    f(`q+1=${i + 1 < n ? QUOTE[p.quote[i + 1]!] : '</s>'}`);
    f(`ss=${sentStart}|${sentEnd}`);
    f(`sn=${Math.min(p.sentence[i]!, 3)}`);
    if (sentStart) f(`ss|l=${l}`);
    f(`rs=${rs}`);
    f(`rc=${rc}`);
    f(`rt=${rt}`);
    f(`r3=${rs}${rc}${rt}`);
    f(`r3|q=${rs}${rc}${rt}|${q}`);
    f(`rc|l=${rc}|${l}`);
    f(`rs|s=${rs}|${s}`);
    f(`rl=${ruleLeft[i]}`);
    f(`rr=${ruleRight[i]}`);
    f(`rs-1=${i > 0 ? RULE_TAG[p.rule[0][i - 1]!] : '<s>'}`);
    f(`rs+1=${i + 1 < n ? RULE_TAG[p.rule[0][i + 1]!] : '</s>'}`);
    f(`rt-1=${i > 0 ? RULE_TAG[p.rule[2][i - 1]!] : '<s>'}`);
    f(`rt+1=${i + 1 < n ? RULE_TAG[p.rule[2][i + 1]!] : '</s>'}`);
    f(`e=${p.entity[i] ?? '-'}`);
    f(`e-1=${i > 0 ? (p.entity[i - 1] ?? '-') : '<s>'}`);
    f(`e+1=${i + 1 < n ? (p.entity[i + 1] ?? '-') : '</s>'}`);
    f(`e|cr=${p.entity[i] ?? '-'}|${cueRight[i]}`);
    if (cues && tagLeft && tagRight && cueWordLeft && cueWordRight) {
      const tag = RULE_TAG[cues[i]!]!;
      f(`tc=${tag}`);
      f(`tc-1=${i > 0 ? RULE_TAG[cues[i - 1]!] : '<s>'}`);
      f(`tc+1=${i + 1 < n ? RULE_TAG[cues[i + 1]!] : '</s>'}`);
      f(`tl=${tagLeft[i]}`);
      f(`tr=${tagRight[i]}`);
      f(`tl|tr=${tagLeft[i]}|${tagRight[i]}`);
      f(`tl|q=${tagLeft[i]}|${q}`);
      f(`tr|q=${tagRight[i]}|${q}`);
      f(`tr|s=${tagRight[i]}|${s}`);
      f(`tl|l=${tagLeft[i]}|${l}`);
      f(`tr|l=${tagRight[i]}|${l}`);
      f(`twl=${cueWordLeft[i]}`);
      f(`twr=${cueWordRight[i]}`);
      f(`twl|tl=${cueWordLeft[i]}|${tagLeft[i]}`);
      f(`twr|tr=${cueWordRight[i]}|${tagRight[i]}`);
      f(`tc|rt=${tag}|${rt}`);
      f(`tc|rs=${tag}|${rs}`);
    }
    offsets[i + 1] = ids.length;
  }
  return { ids: Uint32Array.from(ids), offsets };
}
