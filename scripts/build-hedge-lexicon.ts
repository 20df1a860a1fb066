/**
 * Learns the hedge-cue lexicon from the Szeged Uncertainty Corpus (../shared/data/uncertainty):
 * every annotated cue (scripts/hedge-lexicon-learn.ts), with the precision floor used when no
 * classifier is present (models/hedge-classifier.json decides in context otherwise).
 * Documents whose index in their file is a multiple of 5 are held out (see eval/szeged.ts).
 * Writes models/hedge-lexicon.json.  Run: node dist/scripts/build-hedge-lexicon.js [dataDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isHeldOut, parseSzeged, type SzegedSentence } from '../src/eval/szeged.js';
import type { HedgeLexicon } from '../src/nlp/hedges/lexicon.js';
import { learnedCueSpans } from '../src/nlp/hedges/match.js';
import { learnCues, tokeniseSentence } from './hedge-lexicon-learn.js';
import { prf } from '../src/eval/prf.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.argv[2] ?? join(ROOT, '../shared/data/uncertainty');
const FILES = ['factbank.xml', 'wiki.xml'];

const training = new Map<string, SzegedSentence[]>();
for (const file of FILES) {
  const docs = parseSzeged(readFileSync(join(DATA, file), 'utf8'));
  training.set(file, docs.filter((_, i) => !isHeldOut(i)).flatMap((d) => d.sentences));
}
const allSentences = [...training.values()].flat();

const cues = learnCues(allSentences.map(tokeniseSentence));

// Threshold: the precision floor with the best mean sentence-level F1 over the two files (training part).
const lexicon: HedgeLexicon = { source: 'Szeged Uncertainty Corpus factbank.xml + wiki.xml, documents with index % 5 != 0', threshold: 0.5, cues };
let best = { threshold: 0.5, f1: -1 };
for (let t = 0.05; t < 0.96; t += 0.025) {
  const f1s = [...training.values()].map((sentences) => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
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
