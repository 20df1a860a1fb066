/**
 * Learns the hedge-cue lexicon from the Szeged Uncertainty Corpus (../shared/data/uncertainty):
 * for every cue annotated at least twice, how often its words are a cue when they occur
 * (precision), its majority type, and neighbouring-word statistics where they matter.
 * Documents whose index in their file is a multiple of 5 are held out (see eval/szeged.ts).
 * Writes models/hedge-lexicon.json.  Run: node dist/scripts/build-hedge-lexicon.js [dataDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHeldOut, parseSzeged, type SzegedSentence } from '../src/eval/szeged.js';
import { normaliseToken, type HedgeLexicon, type LearnedCue } from '../src/nlp/hedge-lexicon.js';
import { learnedCueSpans, occurrences } from '../src/nlp/hedge-match.js';
import { tokenizeText } from '../src/nlp/tokenize.js';
import { prf } from '../src/eval/prf.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.argv[2] ?? join(ROOT, '../shared/data/uncertainty');
const FILES = ['factbank.xml', 'wiki.xml'];
const MIN_COUNT = 2;
const MIN_CONTEXT_OCC = 8;
const MIN_CONTEXT_SHIFT = 0.2;

interface Tally { pos: number; occ: number }
interface Stats extends Tally { types: Map<string, number>; contexts: Map<string, Tally> }

const training = new Map<string, SzegedSentence[]>();
for (const file of FILES) {
  const docs = parseSzeged(readFileSync(join(DATA, file), 'utf8'));
  training.set(file, docs.filter((_, i) => !isHeldOut(i)).flatMap((d) => d.sentences));
}
const allSentences = [...training.values()].flat();

// Pass 1: which word sequences annotators mark as cues, and with which type.
const stats = new Map<string, Stats>();
const tokenised = allSentences.map((s) => {
  const tokens = tokenizeText(s.text);
  const raw = tokens.map((t) => s.text.slice(t.start, t.end));
  return { s, tokens, raw, words: raw.map(normaliseToken) };
});
const goldCount = new Map<string, { count: number; types: Map<string, number> }>();
for (const { s, tokens, words } of tokenised) {
  for (const cue of s.cues) {
    const inside = tokens.map((t, i) => (t.start < cue.end && cue.start < t.end ? words[i] : null)).filter((w): w is string => w !== null);
    if (inside.length === 0) continue;
    const key = inside.join(' ');
    const g = goldCount.get(key) ?? { count: 0, types: new Map<string, number>() };
    g.count++;
    g.types.set(cue.type, (g.types.get(cue.type) ?? 0) + 1);
    goldCount.set(key, g);
  }
}
const candidates: Record<string, true> = {};
for (const [key, g] of goldCount) if (g.count >= MIN_COUNT) candidates[key] = true;

// Pass 2: every occurrence of a candidate, positive when it overlaps an annotated cue.
for (const { s, tokens, raw, words } of tokenised) {
  for (const o of occurrences(words, raw, candidates)) {
    const start = tokens[o.from]!.start;
    const end = tokens[o.to - 1]!.end;
    const positive = s.cues.some((c) => c.start < end && start < c.end) ? 1 : 0;
    const st = stats.get(o.key) ?? { pos: 0, occ: 0, types: goldCount.get(o.key)!.types, contexts: new Map<string, Tally>() };
    st.pos += positive;
    st.occ++;
    for (const ctx of [`prev:${words[o.from - 1] ?? '<s>'}`, `next:${words[o.to] ?? '</s>'}`]) {
      const t = st.contexts.get(ctx) ?? { pos: 0, occ: 0 };
      t.pos += positive;
      t.occ++;
      st.contexts.set(ctx, t);
    }
    stats.set(o.key, st);
  }
}

// One added occurrence keeps rare cues from reaching precision 1 on two lucky examples.
const smoothed = (t: Tally) => Math.round((t.pos / (t.occ + 1)) * 1000) / 1000;
const cues: Record<string, LearnedCue> = {};
for (const [key, st] of [...stats].sort((a, b) => b[1].pos - a[1].pos)) {
  if (st.pos === 0) continue;
  const type = [...st.types].sort((a, b) => b[1] - a[1])[0]![0];
  const precision = smoothed(st);
  const cue: LearnedCue = { type, precision, count: st.pos, occurrences: st.occ };
  const contexts = [...st.contexts]
    .filter(([, t]) => t.occ >= MIN_CONTEXT_OCC && Math.abs(smoothed(t) - precision) >= MIN_CONTEXT_SHIFT)
    .sort((a, b) => b[1].occ - a[1].occ)
    .slice(0, 40);
  if (contexts.length > 0) cue.contexts = Object.fromEntries(contexts.map(([k, t]) => [k, { precision: smoothed(t), occurrences: t.occ }]));
  cues[key] = cue;
}

// Threshold: the precision floor with the best mean sentence-level F1 over the two files (training part).
const lexicon: HedgeLexicon = { source: 'Szeged Uncertainty Corpus factbank.xml + wiki.xml, documents with index % 5 != 0', threshold: 0.5, cues };
let best = { threshold: 0.5, f1: -1 };
for (let t = 0.05; t < 0.96; t += 0.025) {
  const f1s = [...training.values()].map((sentences) => {
    let tp = 0, predicted = 0, gold = 0;
    for (const s of sentences) {
      const p = learnedCueSpans(s.text, lexicon, { classifier: null, threshold: t }).length > 0;
      const g = s.cues.length > 0;
      if (p) predicted++;
      if (g) gold++;
      if (p && g) tp++;
    }
    return prf(tp, predicted, gold).f1;
  });
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  if (mean > best.f1) best = { threshold: Math.round(t * 1000) / 1000, f1: mean };
}
lexicon.threshold = best.threshold;

const out = join(ROOT, 'models/hedge-lexicon.json');
const body = Object.entries(cues).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
writeFileSync(out, `{\n  "source": ${JSON.stringify(lexicon.source)},\n  "threshold": ${lexicon.threshold},\n  "cues": {\n${body}\n  }\n}\n`);
console.log(`${Object.keys(cues).length} cues, threshold ${best.threshold} (training mean sentence F1 ${best.f1.toFixed(3)}) → ${out}`);
