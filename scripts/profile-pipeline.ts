/**
 * Per-step timing of the document pipeline on one core, plus a digest of every annotation so that
 * a speed change can be checked to leave the output byte-identical.
 *   node dist/scripts/profile-pipeline.js [--limit 400] [--data ../shared/data] [--repeat 1]
 * For a CPU profile: node --cpu-prof --cpu-prof-dir=/tmp/prof dist/scripts/profile-pipeline.js
 * Wall ms and CPU ms (process.cpuUsage) per step: on a shared machine the CPU figures are the ones
 * to compare, since waiting for a core counts in wall time only.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { docFromText } from '../src/ingest/ingest.js';
import { docSteps } from '../src/nlp/pipeline.js';
import { defaultTagger } from '../src/nlp/ner/tagger.js';
import { tokenTexts } from '../src/nlp/tokenize.js';
import { analysedSentences } from '../src/model/article.js';
import { loadBaseDocs } from './bench/base-docs.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, data: { type: 'string' }, repeat: { type: 'string' } } });
const limit = Number(values.limit ?? 400);
const repeat = Number(values.repeat ?? 1);
// ECB+ and PolNeAR are news prose; the CoNLL documents are tokenised and headline-heavy, so they come last.
const base = loadBaseDocs(values.data ?? '../shared/data').filter((d) => !d.id.startsWith('conll-'));
// Alternate the two corpora so a small limit still sees both lengths of article.
const ecb = base.filter((d) => d.id.startsWith('ecb-'));
const pn = base.filter((d) => d.id.startsWith('pn-'));
const docs = Array.from({ length: Math.min(limit, ecb.length + pn.length) }, (_, i) => (i % 2 === 0 ? ecb[i >> 1] ?? pn[i >> 1] : pn[i >> 1] ?? ecb[i >> 1])!);

const perStep = new Map<string, number>(docSteps.map((s) => [s.name, 0]));
const cpuStep = new Map<string, number>(docSteps.map((s) => [s.name, 0]));
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const digest = createHash('sha256');
let tokens = 0;
let chars = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let r = 0; r < repeat; r++) {
  for (const d of docs) {
    const doc = docFromText(d.text, { source: d.id, id: d.id, published: '2030-01-15' });
    for (const step of docSteps) {
      const a = performance.now();
      const c = process.cpuUsage();
      step.run(doc);
      cpuStep.set(step.name, cpuStep.get(step.name)! + cpuMs(process.cpuUsage(c)));
      perStep.set(step.name, perStep.get(step.name)! + performance.now() - a);
    }
    if (r === 0) {
      digest.update(JSON.stringify(doc.annotations)).update(JSON.stringify(doc.sentences)).update(JSON.stringify(doc.messages));
      tokens += doc.tokens.length;
      chars += doc.text.length;
    }
  }
}
const total = performance.now() - t0;
const cpuTotal = cpuMs(process.cpuUsage(c0));
const n = docs.length * repeat;
console.log(`${docs.length} docs × ${repeat}, ${tokens} tokens, ${chars} chars; ${(n / (total / 1000)).toFixed(1)} docs/s, ${(total / n).toFixed(2)} ms/doc all-in (CPU ${(cpuTotal / n).toFixed(2)} ms/doc)`);
for (const [name, ms] of perStep) console.log(`  ${name.padEnd(14)} ${(ms / n).toFixed(2)} ms/doc  CPU ${(cpuStep.get(name)! / n).toFixed(2)}`);
console.log(`digest ${digest.digest('hex').slice(0, 16)}`);

// The NER tagger alone (features + Viterbi), words of the analysed sentences prepared beforehand.
const tagger = defaultTagger();
if (tagger) {
  const sentences: string[][] = [];
  for (const d of docs) {
    const doc = docFromText(d.text, { source: d.id, id: d.id, published: '2030-01-15' });
    docSteps[0]!.run(doc);
    for (const s of analysedSentences(doc)) sentences.push(tokenTexts(doc, doc.tokens.slice(s.tokenStart, s.tokenEnd)));
  }
  const words = sentences.reduce((k, s) => k + s.length, 0);
  const a = performance.now();
  const c = process.cpuUsage();
  for (let r = 0; r < 3; r++) for (const s of sentences) tagger.tag(s);
  const secs = (performance.now() - a) / 1000;
  const cpuSecs = cpuMs(process.cpuUsage(c)) / 1000;
  console.log(`NER tagger: ${Math.round((3 * words) / secs)} tokens/s on one core (${Math.round((3 * words) / cpuSecs)} tokens per CPU second)`);
}
