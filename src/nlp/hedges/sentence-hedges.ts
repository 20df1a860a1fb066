import type { HedgeCategory } from '../../model/annotation.js';
import { analysedSentences, type ArticleDoc } from '../../model/article.js';
import { CURATED_CUES } from './curated.js';
import { loadHedgeLexicon, normaliseToken, type LearnedCue } from './lexicon.js';
import { matchLearned } from './match.js';

// Modal auxiliaries mark possibility so routinely in news ("talks could resume") that they count as
// mild hedges, not as the article speculating; so do conditionals and embedded questions.
const MODALS = new Set(['may', 'might', 'could', 'can', 'would', 'should', 'will', 'must', 'shall', "wo", 'may or may not']);

/** Map a learned corpus cue to the dossier categories. */
export function learnedCategory(key: string, cue: LearnedCue): HedgeCategory {
  if (MODALS.has(key) || cue.type === 'hypo_condition' || cue.type === 'hypo_investigation') return 'hedge';
  return 'speculation';
}

// Curated cues by first word, each list in CURATED_CUES order (longest first), so a lookup per
// token replaces a scan of every cue at every token.
const CURATED_BY_FIRST = new Map<string, (typeof CURATED_CUES)[number][]>();
for (const c of CURATED_CUES) {
  const list = CURATED_BY_FIRST.get(c.words[0]!) ?? [];
  list.push(c);
  CURATED_BY_FIRST.set(c.words[0]!, list);
}

interface Found { from: number; to: number; cue: string; category: HedgeCategory }

/** Cues of one sentence's tokens: curated phrases first, then learned cues that do not overlap them. */
export function findCues(raw: readonly string[]): Found[] {
  const words = raw.map(normaliseToken);
  const found: Found[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const hit = CURATED_BY_FIRST.get(words[i]!)?.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (!hit) continue;
    found.push({ from: i, to: i + hit.words.length, cue: hit.words.join(' '), category: hit.category });
    for (let k = i; k < i + hit.words.length; k++) taken[k] = true;
    i += hit.words.length - 1;
  }
  const lexicon = loadHedgeLexicon();
  for (const h of matchLearned(words, raw, lexicon)) {
    if (taken.slice(h.from, h.to).some(Boolean)) continue;
    found.push({ from: h.from, to: h.to, cue: h.key, category: learnedCategory(h.key, h.cue) });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** The `hedges` document step: one Hedge annotation per cue in the analysed sentences. */
export function hedges(doc: ArticleDoc): void {
  for (const s of analysedSentences(doc)) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const raw = tokens.map((t) => doc.text.slice(t.start, t.end));
    for (const f of findCues(raw)) {
      doc.annotations.push({ kind: 'hedge', start: tokens[f.from]!.start, end: tokens[f.to - 1]!.end, cue: f.cue, category: f.category });
    }
  }
}
