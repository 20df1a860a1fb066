/**
 * Annotation aid for the story-level alignment gold (docs/align-gold.md).
 *
 *   node dist/scripts/align-gold-sentences.js list <dataDir> <ref> [<ref> …]
 *     prints each article's sentences as `[n] start-end  text` (offsets index the raw text)
 *   node dist/scripts/align-gold-sentences.js check <dataDir> <gold.json> [--show]
 *     checks a gold file (spans in range, each fact in two or more articles) and, with --show,
 *     prints every fact with the text of its spans
 *
 * Refs: `ecbplus:<doc id>`, `polnear:<split>/<file name without .txt>`, or `examples:<path in the repo>[#<n>]`
 * (the n-th article, 0-based, of a JSON-lines or feed file).
 */
import { segment } from '../src/nlp/sentences.js';
import { GoldCorpus, goldDocs, readGoldStory } from '../src/eval/align/gold.js';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const [cmd, dataDir, ...rest] = process.argv.slice(2);
if (!cmd || !dataDir) {
  console.error('usage: align-gold-sentences list <dataDir> <ref>… | check <dataDir> <gold.json> [--show]');
  process.exit(2);
}
const corpus = new GoldCorpus(dataDir);
const flat = (s: string) => s.replace(/\s+/g, ' ');

if (cmd === 'list') {
  const docs = await goldDocs(corpus, { articles: Object.fromEntries(rest.map((ref, i) => [String.fromCharCode(97 + i), ref])) }, ROOT);
  rest.forEach((ref, i) => {
    const key = String.fromCharCode(97 + i);
    const doc = docs.get(key)!;
    segment(doc);
    console.log(`\n=== ${key} = ${ref}  outlet=${doc.outlet ?? '-'} date=${doc.published ?? '-'} (${doc.sentences.length} sentences)`);
    doc.sentences.forEach((s, n) => console.log(`[${key}${n}] ${s.start}-${s.end}  ${flat(doc.text.slice(s.start, s.end))}`));
  });
} else if (cmd === 'check') {
  const file = rest[0]!;
  const show = rest.includes('--show');
  const gold = readGoldStory(file);
  const texts = new Map([...(await goldDocs(corpus, gold, ROOT))].map(([k, d]) => [k, d.text]));
  const problems: string[] = [];
  const spanText = ([a, s, e]: [string, number, number]) => {
    const t = texts.get(a);
    if (t === undefined) problems.push(`unknown article ${a}`);
    else if (!(s >= 0 && e > s && e <= t.length)) problems.push(`span ${a} ${s}-${e} out of range (length ${t.length})`);
    return flat((t ?? '').slice(s, e));
  };
  gold.facts.forEach((f, i) => {
    if (new Set(f.in.map((x) => x[0])).size < 2) problems.push(`fact ${i} (${f.fact}) is in fewer than two articles`);
    if (show) console.log(`\n#${i} ${f.fact}`);
    for (const sp of f.in) {
      const t = spanText(sp);
      if (show) console.log(`   ${sp[0]} ${sp[1]}-${sp[2]}: ${t}`);
    }
  });
  for (const c of gold.contradictions) {
    const a = spanText(c.a);
    const b = spanText(c.b);
    if (show) console.log(`\n✗ ${c.about}\n   ${c.a[0]}: ${a}\n   ${c.b[0]}: ${b}`);
  }
  console.log(`${file}: ${Object.keys(gold.articles).length} articles, ${gold.facts.length} facts, ${gold.contradictions.length} contradictions; ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
  process.exit(problems.length === 0 ? 0 : 1);
} else {
  console.error(`unknown command ${cmd}`);
  process.exit(2);
}
