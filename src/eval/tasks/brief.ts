import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createError } from '../../errors.js';
import { buildStory } from '../../analyze/build-story.js';
import { readGoldFolder } from '../align/gold-frames.js';
import { addBriefCounts, briefCounts, ZERO_BRIEF_COUNTS, type BriefCounts } from '../brief/brief-counts.js';
import type { EvalReport, EvalTask } from '../task.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** The briefs of one gold folder's stories, counted against their gold. */
async function scoreBriefs(dir: string, dataDir: string, metrics: Record<string, number>, lines: string[], key: string, verbose: boolean): Promise<void> {
  const runs = await readGoldFolder(dir, dataDir, ROOT);
  let c: BriefCounts = ZERO_BRIEF_COUNTS;
  for (const run of runs) {
    const story = buildStory(run.gold.story, run.docs);
    const text = new Map(run.docs.map((d) => [d.id, d.text]));
    c = addBriefCounts(c, briefCounts(run.gold, story.brief, (id) => text.get(id) ?? ''));
    if (verbose) for (const s of story.brief) lines.push(`  ${run.gold.story}: ${s.text}`);
  }
  const values = {
    'single-label.shared': share(c.singleButShared, c.singleLabelled),
    'single-label.share': share(c.singleLabelled, c.sentences),
    cut: share(c.cut, c.claimSentences),
    broken: share(c.broken, c.sentences),
    lowered: share(c.lowered, c.sentences),
    bracket: share(c.bracket, c.sentences),
    'main-event': share(c.mainEvent, c.briefs),
    // Higher-is-better forms for eval-floors.json (a floor is a minimum).
    'single-label.precision': c.singleLabelled === 0 ? 1 : 1 - c.singleButShared / c.singleLabelled,
    whole: 1 - share(c.cut, c.claimSentences),
    readable: 1 - share(c.broken + c.lowered + c.bracket, c.sentences),
  };
  for (const [k, v] of Object.entries(values)) metrics[`${key}.${k}`] = r3(v);
  lines.push(
    `briefs ${key} (${c.briefs} stories, ${c.sentences} sentences): "one outlet" ${c.singleLabelled} of which gold-shared ${c.singleButShared}; ` +
      `cut ${c.cut}/${c.claimSentences}; broken ${c.broken}; lowered name ${c.lowered}; bracket ${c.bracket}; main event first ${c.mainEvent}/${c.briefs}`,
  );
}

/**
 * Eval task `brief`: the briefs of the hand-annotated gold stories of eval-gold/align (dev: tuned
 * on; held-out: never looked at while tuning) — mislabelled single-source lines, cut and broken
 * sentences, lower-cased names, unmatched brackets, and whether the brief opens with the main event.
 * CROSSCHECK_BRIEF_LINES=1 prints every brief line.
 */
export const briefTask: EvalTask = {
  name: 'brief',
  describe: 'brief wording on the align gold stories: single-source labels, cut/broken sentences, lowered names, main event first',
  defaultPath: 'paraphrase',
  async run(path: string): Promise<EvalReport> {
    if (!existsSync(path)) throw createError('CC_DATA_MISSING', path);
    const metrics: Record<string, number> = {};
    const lines: string[] = [];
    const dataDir = join(path, '..');
    const verbose = process.env['CROSSCHECK_BRIEF_LINES'] === '1';
    for (const part of ['dev', 'heldout']) {
      const dir = join(ROOT, 'eval-gold', 'align', part);
      if (existsSync(dir)) await scoreBriefs(dir, dataDir, metrics, lines, part, verbose && part === 'dev');
    }
    if (lines.length === 0) throw createError('CC_DATA_MISSING', join(ROOT, 'eval-gold', 'align'));
    return { task: 'brief', metrics, lines };
  },
};
