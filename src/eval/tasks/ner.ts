import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { EntityType } from '../../model/annotation.js';
import { createError } from '../../errors.js';
import { readConll, type ConllSentence, type TokenEntity } from '../../nlp/ner/conll.js';
import { EntityScore } from '../../nlp/ner/score.js';
import { defaultTagger } from '../../nlp/ner/tagger.js';
import { formatPRF } from '../prf.js';
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
    return out;
  },
};
