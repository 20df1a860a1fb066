import { articleLabel } from '../article-label.js';
import type { ArticleDoc } from '../../model/article.js';
import type { BriefSentence, Evidence } from '../../model/dossier.js';
import { annotationsOf } from '../../model/article.js';
import { needed, storyStep, type StoryView } from '../story-step.js';
import type { ClaimFrame } from '../claims/claim-frame.js';
import { evidenceOf } from '../claims/story-claims.js';
import { articleProfile } from '../article-profile.js';
import { articleFlags } from '../flags/article-flags.js';
import { viaOutlet } from '../claims/claim-sources.js';
import { isWholeClause, lowerFirst, sentenceFits } from './wording.js';
import { readableSpan } from '../claims/claim-text.js';
import { echoCount } from './echo.js';
import { disagreementLine } from './disagreement.js';

export const BRIEF_MIN = 5;
export const BRIEF_MAX = 10;
const MAX_CORROBORATED = 4;
const MAX_SINGLE = 3;
const MAX_DISAGREEMENTS = 3;
const PRONOUN_START = /^(?:he|she|they|it|this|these|those|his|her|their|its)\b/i;

/** Articles whose voice is opinion or speculation: flagged already, or by the scores step's own rule. */
function opinionArticles(story: StoryView, docs: readonly ArticleDoc[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    const flagged = story.articles.find((a) => a.id === doc.id)?.flags ?? [];
    const own = articleFlags(articleProfile(doc), { originality: 1, specificity: 1, sourcing: 1, hedging: 0 });
    if ([...flagged, ...own].some((f) => f === 'opinion' || f === 'speculative')) out.add(doc.id);
  }
  return out;
}

/** Specific content (named entities, numbers, dates) makes a single-source claim worth a line. */
function specificity(f: ClaimFrame): number {
  const inClaim = (k: 'entity' | 'number' | 'date') => annotationsOf(f.doc, k).filter((a) => a.start >= f.claim.start && a.end <= f.claim.end).length;
  return inClaim('entity') + 2 * inClaim('number') + 2 * inClaim('date') + (f.claim.object ? 1 : 0);
}

const bareName = (name: string): string => name.toLowerCase().replace(/^the\s+/, '');

const MAX_NAMED_SOURCES = 4;

/** "A", "A and B", "A, B and C", "A, B, C, D and 2 others". */
export function sourceList(names: readonly string[]): string {
  const shown = names.length > MAX_NAMED_SOURCES ? [...names.slice(0, MAX_NAMED_SOURCES), `${names.length - MAX_NAMED_SOURCES} others`] : [...names];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * Story step `brief`: 5–10 neutral sentences. Corroborated claims first, then notable
 * single-source claims marked as such, then the main disagreements. Never a sentence from a
 * speculative or opinion passage or article stated as fact. Runs after `claims` and `discrepancies`.
 */
export const briefStoryStep = storyStep({
  name: 'brief',
  needs: ['claims', 'claimGroups', 'discrepancies'],
  provides: ['brief'],
  run({ docs }, story) {
    const opinion = opinionArticles(story, docs);
    const usable = (f: ClaimFrame) => !f.hedged && !opinion.has(f.doc.id) && f.claim.subject !== null && f.claim.object !== null;
    const groups = needed(story, 'claimGroups');
    const claimOf = new Map(story.claims.map((c) => [c.id, c]));
    const corroborated: BriefSentence[] = [];
    const single: { line: (echoes: number) => string; citations: string[]; evidence: Evidence[]; echoes: () => number; score: number }[] = [];
    const seenText = new Set<string>();
    // Best-corroborated facts first, so the brief opens with the story's main event.
    const ordered = groups
      .map((g) => ({ g, c: claimOf.get(g.id) }))
      .sort((a, b) => Number(b.c?.status === 'corroborated') - Number(a.c?.status === 'corroborated') || (b.c?.independentSources.length ?? 0) - (a.c?.independentSources.length ?? 0));
    for (const { g, c } of ordered) {
      // Its own members before sentences it shares with other claims, then sentences that do not
      // open on a pronoun (whose antecedent the reader lacks), then the most typical wording (the
      // member most like the others: the least idiosyncratic), then the shortest; never a sentence
      // too long to repeat whole, nor one left hanging by its source's sentence split.
      if (!c || c.status === 'disputed') continue;
      const typical = (m: ClaimFrame) => g.centrality?.get(m) ?? 0;
      const pronounStart = (m: ClaimFrame) => Number(PRONOUN_START.test(m.doc.text.slice(m.sentence.start, m.sentence.end).trimStart()));
      const candidates = g.members
        .filter((m) => usable(m) && sentenceFits(m))
        .sort(
          (a, b) =>
            Number(g.shared?.has(a) ?? false) - Number(g.shared?.has(b) ?? false) ||
            pronounStart(a) - pronounStart(b) ||
            typical(b) - typical(a) ||
            a.sentence.end - a.sentence.start - (b.sentence.end - b.sentence.start),
        );
      // The readable wording of the best candidates only, until one reads whole (it resolves pronouns: not free).
      let f: ClaimFrame | undefined;
      let body: { text: string; start: number } | undefined;
      for (const m of candidates) {
        const w = readableSpan(m.doc, m.sentence);
        if (!isWholeClause(w.text)) continue;
        f = m;
        body = w;
        break;
      }
      if (!f || !body) continue;
      const text = body.text;
      if (seenText.has(text)) continue;
      seenText.add(text);
      const evidence = g.members.map((m) => evidenceOf(m));
      const citations = [...new Set(g.members.map((m) => m.doc.id))];
      if (c.status === 'corroborated') {
        corroborated.push({ text: `${text} (reported independently by ${sourceList(c.independentSources)}).`, citations, evidence });
      } else {
        const via = viaOutlet(f.doc, f.sentence);
        // "officials told the Valley Standard" in the Valley Standard's own article: its outlet name, as in the table.
        const own = via !== null && f.doc.outlet !== null && bareName(via) === bareName(f.doc.outlet);
        const who = (own ? f.doc.outlet : via) ?? articleLabel(f.doc);
        // A claim that already names its source ("According to The Record, …", "…, according to police") is not prefixed a second time.
        const named = /\baccording to\b/i.test(text);
        const lowered = lowerFirst(f, text, body.start);
        const outlet = f.doc.outlet ?? who;
        const line = (echoes: number) =>
          named ? `${text} (reported ${echoes === 0 ? 'only ' : ''}by ${outlet}).` : `According to ${echoes === 0 ? `one outlet (${who})` : who}, ${lowered}.`;
        const at = f;
        single.push({ line, citations, evidence, echoes: () => echoCount(at.doc, at.sentence, docs), score: specificity(f) });
      }
    }
    const order = ['number', 'date', 'polarity', 'duration', 'role', 'internal', 'name-variant', 'quote-wording'];
    const disagreements = [...story.discrepancies].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((d) => disagreementLine(d, docs));
    // "One outlet" only when no other article writes a close sentence: alignment misses some shared
    // facts, and the label must not claim an exclusivity it cannot vouch for. Scored only for the
    // lines that can make the brief (each is compared with every sentence of the other articles):
    // all of them when one of them may open it, else its share and what a short brief takes more.
    const room = corroborated.length === 0 ? BRIEF_MAX : MAX_SINGLE + Math.max(0, BRIEF_MIN - corroborated.length - MAX_SINGLE - Math.min(disagreements.length, MAX_DISAGREEMENTS));
    const chosen = single
      .sort((a, b) => b.score - a.score)
      .slice(0, room)
      .map((x) => {
        const echoes = x.echoes();
        return { s: { text: x.line(echoes), citations: x.citations, evidence: x.evidence }, echoes };
      });
    // No corroborated fact to open with: open with the line most other articles seem to state too
    // (the likeliest main event), not the most specific detail.
    if (corroborated.length === 0) {
      const best = chosen.reduce((i, x, j) => (x.echoes > chosen[i]!.echoes ? j : i), 0);
      if (chosen[best]?.echoes) chosen.unshift(...chosen.splice(best, 1));
    }
    const brief = [
      ...corroborated.slice(0, MAX_CORROBORATED),
      ...chosen.slice(0, MAX_SINGLE).map((x) => x.s),
      ...disagreements.slice(0, MAX_DISAGREEMENTS),
    ];
    // Too short: take more of the same kinds, best first, up to the minimum.
    const spare = [...corroborated.slice(MAX_CORROBORATED), ...chosen.slice(MAX_SINGLE).map((x) => x.s), ...disagreements.slice(MAX_DISAGREEMENTS)];
    while (brief.length < BRIEF_MIN && spare.length > 0) brief.push(spare.shift()!);
    return { brief: brief.slice(0, BRIEF_MAX) };
  },
});
