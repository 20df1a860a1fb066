import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createError } from '../../errors.js';
import { loadHedgeLexicon, type HedgeLexicon } from '../../nlp/hedges/lexicon.js';
import { learnedCueSpans, type MatchOptions } from '../../nlp/hedges/match.js';
import { loadHedgeClassifier } from '../../nlp/hedges/classifier.js';
import type { HedgeDomain } from '../../nlp/hedges/features.js';
import { formatPRF, prf, type PRF } from '../prf.js';
import { isHeldOut, parseSzeged, type SzegedSentence } from '../szeged.js';
import type { EvalReport, EvalTask } from '../task.js';

interface Scored { sentence: PRF; cue: PRF; sentences: number }

/** Sentence level: "has at least one cue"; cue level: exact character span of each cue. */
export function scoreSentences(sentences: readonly SzegedSentence[], lexicon: HedgeLexicon, options: MatchOptions = {}): Scored {
  let sTp = 0;
  let sPred = 0;
  let sGold = 0;
  let cTp = 0;
  let cPred = 0;
  let cGold = 0;
  for (const s of sentences) {
    const predicted = learnedCueSpans(s.text, lexicon, options);
    const gold = new Set(s.cues.map((c) => `${c.start}:${c.end}`));
    if (predicted.length > 0) sPred++;
    if (gold.size > 0) sGold++;
    if (predicted.length > 0 && gold.size > 0) sTp++;
    cPred += predicted.length;
    cGold += gold.size;
    for (const p of predicted) if (gold.has(`${p.start}:${p.end}`)) cTp++;
  }
  return { sentence: prf(sTp, sPred, sGold), cue: prf(cTp, cPred, cGold), sentences: sentences.length };
}

// CoNLL-2010 shared task, task 1 (uncertain sentence detection), best systems.
const PUBLISHED = [
  'published sentence-level F1 (CoNLL-2010 best): biological 0.86, Wikipedia 0.60',
  'note: this wiki.xml annotates speculation cue types only (no weasel cues, the hard part of the CoNLL-2010 Wikipedia task), so wiki figures are not directly comparable to 0.60',
];

// wiki.xml is Wikipedia; everything else (factbank.xml, other files) is read as news, the pipeline's domain.
const domainOf = (name: string): HedgeDomain => (name === 'wiki' ? 'encyclopedia' : 'news');

function evaluateFile(file: string, lexicon: HedgeLexicon, report: EvalReport): void {
  const name = basename(file, '.xml');
  const domain = domainOf(name);
  const docs = parseSzeged(readFileSync(file, 'utf8'));
  const parts: [string, SzegedSentence[]][] = [
    ['heldout', docs.filter((_, i) => isHeldOut(i)).flatMap((d) => d.sentences)],
    ['full', docs.flatMap((d) => d.sentences)],
  ];
  for (const [part, sentences] of parts) {
    const r = scoreSentences(sentences, lexicon, { domain });
    report.lines.push(formatPRF(`${name} ${part} sentence (${r.sentences}, ${domain})`, r.sentence));
    report.lines.push(formatPRF(`${name} ${part} cue (exact span)`, r.cue));
    for (const [level, m] of [['sentence', r.sentence], ['cue', r.cue]] as const) {
      report.metrics[`${name}.${part}.${level}.precision`] = m.precision;
      report.metrics[`${name}.${part}.${level}.recall`] = m.recall;
      report.metrics[`${name}.${part}.${level}.f1`] = m.f1;
    }
  }
  // What the pipeline would do with this file: it always reads text as news.
  if (domain !== 'news' && loadHedgeClassifier()) {
    const r = scoreSentences(parts[0]![1], lexicon, { domain: 'news' });
    report.lines.push(formatPRF(`${name} heldout sentence (as news)`, r.sentence));
    report.metrics[`${name}.heldout.news-domain.sentence.f1`] = r.sentence.f1;
  }
}

export const hedgeTask: EvalTask = {
  name: 'hedge',
  describe: 'hedge/speculation cues on Szeged Uncertainty XML: sentence-level and exact cue-span P/R/F1',
  defaultPath: 'uncertainty',
  async run(path) {
    if (!existsSync(path)) throw createError('CC_DATA_MISSING', path);
    const lexicon = loadHedgeLexicon();
    const report: EvalReport = { task: 'hedge', metrics: {}, lines: [] };
    const files = statSync(path).isDirectory() ? ['factbank.xml', 'wiki.xml'].map((f) => join(path, f)).filter((f) => existsSync(f)) : [path];
    if (files.length === 0) throw createError('CC_DATA_MISSING', join(path, 'factbank.xml'));
    report.lines.push(`lexicon: ${Object.keys(lexicon.cues).length} learned cues, precision floor ${lexicon.threshold}; learned on ${lexicon.source}`);
    const classifier = loadHedgeClassifier();
    if (classifier) report.lines.push(`classifier: ${Object.keys(classifier.weights).length} weights, thresholds ${JSON.stringify(classifier.thresholds)}; ${classifier.source}`);
    report.lines.push('heldout = documents with index % 5 == 0 of each file (never seen by the lexicon builder or the classifier trainer); full = all documents (optimistic for factbank.xml and wiki.xml)');
    for (const f of files) evaluateFile(f, lexicon, report);
    report.lines.push(...PUBLISHED);
    return report;
  },
};
