import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { EntityType } from '../../model/annotation.js';
import { createError } from '../../errors.js';
import { readConll, type ConllSentence, type TokenEntity } from '../../nlp/ner/conll.js';
import { EntityScore } from '../ner-score.js';
import { defaultTagger } from '../../nlp/ner/tagger.js';
import { annotationsOf } from '../../model/article.js';
import { analyseDoc, docSteps } from '../../nlp/pipeline.js';
import { docFromLines } from '../lines-doc.js';
import { formatPRF } from '../prf.js';
import { readPolnear } from './polnear-docs.js';
import type { EvalReport, EvalTask } from '../task.js';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

interface CompromiseMatch {
  offset: { start: number; length: number };
}
interface CompromiseView {
  json(opts: { offset: true }): CompromiseMatch[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
}
type Compromise = (text: string) => CompromiseDoc;

/** compromise is a dev dependency: the comparison is skipped where it is not installed. */
function loadCompromise(): Compromise | null {
  try {
    return createRequire(import.meta.url)('compromise') as Compromise;
  } catch {
    return null;
  }
}

/** compromise on the space-joined sentence; its character matches mapped back to whole tokens. */
function compromiseEntities(nlp: Compromise, words: readonly string[]): TokenEntity[] {
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const doc = nlp(text);
  const out: TokenEntity[] = [];
  const views: [EntityType, CompromiseView][] = [['person', doc.people()], ['organization', doc.organizations()], ['place', doc.places()]];
  for (const [type, view] of views) {
    for (const m of view.json({ offset: true })) {
      const a = starts.findIndex((s, i) => s <= m.offset.start && m.offset.start < s + words[i]!.length + 1);
      const endChar = m.offset.start + m.offset.length;
      let b = a;
      while (b < words.length && starts[b]! < endChar) b++;
      if (a >= 0 && b > a) out.push({ start: a, end: b, type });
    }
  }
  return out;
}

/** A recogniser over one document's sentences (in order), entities per sentence out. */
type DocTagger = (sentences: readonly string[][]) => TokenEntity[][];

/** A sentence-by-sentence recogniser as a document one. */
const perSentence =
  (tag: (words: string[]) => TokenEntity[]): DocTagger =>
  (sentences) =>
    sentences.map((w) => tag(w));

/** Sentences grouped by their `-DOCSTART-` document, in file order. */
function documents(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const out: ConllSentence[][] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last[0]!.doc === s.doc) last.push(s);
    else out.push([s]);
  }
  return out;
}

function tagAll(sentences: readonly ConllSentence[], tag: DocTagger): TokenEntity[][] {
  return documents(sentences).flatMap((d) => tag(d.map((s) => s.words)));
}

function run(sentences: readonly ConllSentence[], tag: DocTagger): { score: EntityScore; tokensPerSecond: number } {
  const score = new EntityScore();
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
  // Warm the JIT first, and count CPU time rather than wall time: the figure should describe
  // one core's throughput, not how busy the machine happens to be.
  tagAll(sentences.slice(0, 200), tag);
  const c0 = process.cpuUsage();
  const predicted = tagAll(sentences, tag);
  const cpu = process.cpuUsage(c0);
  const seconds = (cpu.user + cpu.system) / 1e6;
  sentences.forEach((s, i) => score.add(s.entities, predicted[i]!));
  return { score, tokensPerSecond: Math.round(tokens / seconds) };
}

/** Scores without MISC, the fair comparison for a recogniser that has no MISC type. */
function withoutOther(sentences: readonly ConllSentence[], tag: DocTagger): EntityScore {
  const score = new EntityScore();
  const predicted = tagAll(sentences, tag);
  sentences.forEach((s, i) => score.add(s.entities.filter((e) => e.type !== 'other'), predicted[i]!.filter((e) => e.type !== 'other')));
  return score;
}

function report(name: string, r: { score: EntityScore; tokensPerSecond: number }, noOther: EntityScore, out: EvalReport): void {
  const all = r.score.result();
  out.metrics[`${name}.precision`] = all.precision;
  out.metrics[`${name}.recall`] = all.recall;
  out.metrics[`${name}.f1`] = all.f1;
  out.metrics[`${name}.f1WithoutOther`] = noOther.result().f1;
  out.metrics[`${name}.tokensPerSecond`] = r.tokensPerSecond;
  out.lines.push(formatPRF(`${name} all types`, all, `${r.tokensPerSecond} tokens/s`));
  for (const t of TYPES) {
    const m = r.score.result(t);
    out.metrics[`${name}.${t}.f1`] = m.f1;
    out.lines.push(formatPRF(`  ${t}`, m));
  }
  out.lines.push(formatPRF(`${name} without other (MISC)`, noOther.result()));
}

/** Sources that are pronouns or start with a determiner are not names ("he", "the official"). */
const NOT_A_NAME = /^(?:i|he|she|it|we|they|you|the|a|an|this|that|these|those|his|her|its|their|our|some|many|one|officials?|aides?)$/i;

/**
 * Cross-check on political news without entity gold: PolNeAR's attribution sources (who said
 * something). A source whose first word is capitalised and not a pronoun or determiner is nearly
 * always a name ("Clinton", "The Trump campaign" excepted), so the share of those the recogniser
 * covers is a recall proxy, and the types it gives them say whether it reads speakers as people
 * and bodies (places and MISC are mostly errors, bar "Russia said").
 */
function polnearSources(dir: string, out: EvalReport): void {
  const texts = readPolnear(dir);
  const steps = docSteps.filter((s) => ['segment', 'entities'].includes(s.name));
  let named = 0;
  let covered = 0;
  const types = new Map<EntityType, number>(TYPES.map((t) => [t, 0]));
  for (const { name, text, gold } of texts) {
    const doc = analyseDoc(docFromLines(name, text), steps);
    const ents = annotationsOf(doc, 'entity');
    for (const g of gold) {
      const frag = g.source?.[0];
      if (!frag) continue;
      const first = /^\S+/u.exec(text.slice(frag.start, frag.end))?.[0] ?? '';
      if (!/^\p{Lu}/u.test(first) || NOT_A_NAME.test(first)) continue;
      named++;
      const hit = ents.find((e) => e.start < frag.end && frag.start < e.end);
      if (!hit) continue;
      covered++;
      types.set(hit.type, types.get(hit.type)! + 1);
    }
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  out.metrics['polnear.namedSources'] = named;
  out.metrics['polnear.sourceCoverage'] = share(covered, named);
  for (const t of TYPES) out.metrics[`polnear.sourceType.${t}`] = share(types.get(t)!, covered);
  out.lines.push(
    `PolNeAR ${dir}: ${named} capitalised attribution sources in ${texts.length} texts, ${(100 * share(covered, named)).toFixed(1)} % hold an entity; ` +
      `its type: ${TYPES.map((t) => `${t} ${(100 * share(types.get(t)!, covered)).toFixed(1)} %`).join(', ')}`,
  );
}

export const nerTask: EvalTask = {
  name: 'ner',
  describe: 'named entities: entity-level P/R/F1 (exact span and type) on a CoNLL-2003 file, next to compromise',
  defaultPath: 'conll2003/valid.txt',
  async run(path: string): Promise<EvalReport> {
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'valid.txt') : path;
    if (!existsSync(file)) throw createError('CC_DATA_MISSING', file);
    const tagger = defaultTagger();
    if (!tagger) throw createError('CC_DATA_MISSING', 'models/ner.bin (run npm run train:ner)');
    const sentences = readConll(file);
    const out: EvalReport = { task: 'ner', metrics: {}, lines: [`${sentences.length} sentences from ${file}`] };
    // Each article is tagged as a whole: the second pass makes a name's type consistent in it.
    const ours: DocTagger = (d) => tagger.tagDocument(d);
    report('crosscheck', run(sentences, ours), withoutOther(sentences, ours), out);
    const sentenceOnly = perSentence((w) => tagger.tag(w));
    const first = run(sentences, sentenceOnly).score.result();
    out.metrics['crosscheck.sentenceOnly.f1'] = first.f1;
    out.lines.push(formatPRF('crosscheck sentence by sentence (no document pass)', first));
    const nlp = loadCompromise();
    if (nlp) {
      const theirs = perSentence((w) => compromiseEntities(nlp, w));
      report('compromise', run(sentences, theirs), withoutOther(sentences, theirs), out);
    } else out.lines.push('compromise not installed: comparison skipped');
    // The PolNeAR dev split beside the CoNLL folder (../shared/data layout), when there is one.
    const polnear = join(file, '..', '..', 'polnear', 'dev');
    if (existsSync(polnear)) polnearSources(polnear, out);
    return out;
  },
};
