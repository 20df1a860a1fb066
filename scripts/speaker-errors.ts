/**
 * Diagnosis of quote speakers on a PolNeAR split (train by default: dev is the check, not for
 * tuning): every quote by a named person whose speaker the quotes step got wrong or missed,
 * with the paragraph before and the quote's own paragraph, then the counts.
 *   node dist/scripts/speaker-errors.js [--data ../shared/data/polnear/train] [--from 0] [--limit 100] [--only wrong|missing]
 */
import { parseArgs } from 'node:util';
import { docFromLines } from '../src/eval/lines-doc.js';
import { ATTRIBUTION_STEPS, scoreSpeakers, type SpeakerCounts } from '../src/eval/tasks/attribution.js';
import { readPolnear } from '../src/eval/tasks/polnear-docs.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { annotateQuotes } from '../src/nlp/quotes/sentence-quotes.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, from: { type: 'string' }, limit: { type: 'string' }, only: { type: 'string' } },
});
const from = Number(values.from ?? 0);
const limit = Number(values.limit ?? 100);
const texts = readPolnear(values.data ?? '../shared/data/polnear/train', from + limit).slice(from);
const counts: SpeakerCounts = { quotes: 0, right: 0, missing: 0, wrong: 0 };
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const { name, text, gold } of texts) {
  const doc = analyseDoc(docFromLines(name, text), ATTRIBUTION_STEPS());
  annotateQuotes(doc);
  scoreSpeakers(doc, gold, counts, (o) => {
    if (o.verdict === 'right' || (values.only && values.only !== o.verdict)) return;
    const block = doc.blocks.findIndex((b) => b.start <= o.passage.start && o.passage.start < b.end);
    const prev = block > 0 ? doc.blocks[block - 1]! : null;
    const here = doc.blocks[block]!;
    console.log(`${o.verdict.toUpperCase()} ${name} gold=${o.gold} predicted=${o.predicted ?? '-'} from=${o.speakerWords ?? '-'}`);
    if (prev) console.log(`  before: ${oneLine(doc.text.slice(Math.max(prev.start, prev.end - 300), prev.end))}`);
    console.log(`  para:   ${oneLine(doc.text.slice(here.start, Math.min(here.end, here.start + 500)))}`);
  });
}
const share = (n: number) => (counts.quotes === 0 ? '0' : (n / counts.quotes).toFixed(3));
console.log(`${texts.length} texts, ${counts.quotes} quotes by named people: right ${share(counts.right)} missing ${share(counts.missing)} wrong ${share(counts.wrong)}`);
