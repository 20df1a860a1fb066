import type { Discrepancy } from '../../model/dossier.js';
import { needed, type StoryView } from '../story-step.js';
import type { ClaimFrame } from '../claims/claim-frame.js';
import { evidenceOf, type ClaimGroup } from '../claims/story-claims.js';
import { sameOutletUpdate } from '../later-report.js';
import { shareOf } from '../number-statements.js';

type ConflictKind = ClaimGroup['conflicts'][number]['kind'];

/** Short label of a claim for summaries: its clause, cut to a readable length. */
export function claimLabel(f: ClaimFrame): string {
  const t = f.doc.text.slice(f.claim.start, f.claim.end).replace(/\s+/g, ' ');
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}

/** Percentages of two claims that are shares of different wholes ("of the vote" / "of eligible voters"). */
function sharesOfDifferentWholes(a: ClaimFrame, b: ClaimFrame): boolean {
  const wholes = (f: ClaimFrame) => new Set(f.numbers.filter((n) => n.unit === 'percent').map((number) => shareOf({ doc: f.doc, number, sentence: f.sentence })));
  const [x, y] = [wholes(a), wholes(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** One discrepancy per pair of claim groups that conflict in the given way (number, date, polarity). */
export function conflictDiscrepancies(story: StoryView, kind: ConflictKind, summarize: (a: ClaimFrame, b: ClaimFrame) => string, valueOfFrame: (f: ClaimFrame) => string): Discrepancy[] {
  const out: Discrepancy[] = [];
  const done = new Set<string>();
  const groups = needed(story, 'claimGroups');
  for (const g of groups) {
    for (const c of g.conflicts) {
      if (c.kind !== kind) continue;
      const other = groups.find((x) => x.members.includes(c.frame));
      const key = [g.id, other?.id ?? ''].sort().join('|');
      const a = c.against;
      const b = c.frame;
      // One outlet's later article revising its own figure or date is an update, not a dispute.
      if (done.has(key) || (kind !== 'polarity' && sameOutletUpdate(a.doc, b.doc)) || (kind === 'number' && sharesOfDifferentWholes(a, b))) continue;
      done.add(key);
      out.push({
        kind,
        summary: summarize(a, b),
        articles: [...new Set([a.doc.id, b.doc.id])],
        evidence: [evidenceOf(a), evidenceOf(b)],
        sides: [
          { value: valueOfFrame(a), articles: [a.doc.id] },
          { value: valueOfFrame(b), articles: [b.doc.id] },
        ],
      });
    }
  }
  return out;
}
