import type { Discrepancy, Evidence, Story } from '../../model/dossier.js';
import type { StoryInput, StoryView } from '../story-step.js';
import { claimLabel, conflictDiscrepancies } from './claim-conflicts.js';
import type { ClaimFrame } from '../claims/claim-frame.js';
import { numberStatements, statementsConflict, type NumberStatement } from '../number-statements.js';
import { sameQuantity } from '../quantities.js';
import { articleLabel, articleLabels } from '../article-label.js';

const evidenceOf = (s: NumberStatement): Evidence => ({ article: s.doc.id, text: s.doc.text.slice(s.sentence.start, s.sentence.end), start: s.sentence.start, end: s.sentence.end });
/** The figure as written with its unit, once ("73 percent", not "73 percent percent"). */
const written = (s: NumberStatement) => {
  const figure = s.doc.text.slice(s.number.start, s.number.end);
  const unit = s.number.unit ?? '';
  return unit === '' || figure.toLowerCase().endsWith(unit) || (unit === 'percent' && figure.endsWith('%')) ? figure : `${figure} ${unit}`;
};

/**
 * Counts of the same thing that differ across articles though their clauses did not align
 * ("the level would fall by four metres" / "ordered the reservoir drained by six metres"):
 * conflicting statements are joined per unit, and each group is one discrepancy listing every version.
 */
function statementDiscrepancies(docs: StoryInput['docs'], covered: ReadonlySet<string>): Discrepancy[] {
  const all = docs.flatMap(numberStatements);
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const linked = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (!statementsConflict(all[i]!, all[j]!, all)) continue;
      parent[find(i)] = find(j);
      linked.add(i).add(j);
    }
  }
  const groups = new Map<number, NumberStatement[]>();
  for (const i of linked) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(all[i]!);
    else groups.set(root, [all[i]!]);
  }
  const out: Discrepancy[] = [];
  for (const members of groups.values()) {
    // The versions: statements of one value (within the estimate tolerance) together.
    const versions: NumberStatement[][] = [];
    for (const m of members) {
      const v = versions.find((x) => sameQuantity(x[0]!.quantity, m.quantity));
      if (v) v.push(m);
      else versions.push([m]);
    }
    if (versions.length < 2) continue;
    const evidence = members.map(evidenceOf).filter((e, i, es) => es.findIndex((f) => f.article === e.article && f.start === e.start) === i);
    if (evidence.every((e) => covered.has(`${e.article}:${e.start}`))) continue;
    const parts = versions.map((v) => `${written(v[0]!)} (${articleLabels(v.map((s) => s.doc))})`);
    const sides = versions.map((v) => ({ value: written(v[0]!), articles: [...new Set(v.map((s) => s.doc.id))] }));
    out.push({ kind: 'number', summary: `Different figures: ${parts.join(' vs ')}`, articles: [...new Set(members.map((s) => s.doc.id))], evidence, sides });
  }
  return out;
}

/** `number`: two articles give different counts for the same fact. */
export function numberDiscrepancies(input: StoryInput, story: StoryView): Discrepancy[] {
  const nums = (f: ClaimFrame) => f.numbers.map((n) => f.doc.text.slice(n.start, n.end)).join(', ');
  const fromClaims = conflictDiscrepancies(
    story,
    'number',
    (a, b) => `Different numbers for "${claimLabel(a)}": ${nums(a)} (${articleLabel(a.doc)}) vs ${nums(b)} (${articleLabel(b.doc)})`,
    nums,
  );
  const covered = new Set(fromClaims.flatMap((d) => d.evidence.map((e) => `${e.article}:${e.start}`)));
  return [...fromClaims, ...statementDiscrepancies(input.docs, covered)];
}
