import type { Discrepancy, Story } from '../model/dossier.js';
import { claimLabel, conflictDiscrepancies } from './discrepancies-claim-conflicts.js';

/** `number`: two articles give different counts for the same fact. */
export function numberDiscrepancies(story: Story): Discrepancy[] {
  return conflictDiscrepancies(story, 'number', (a, b) => {
    const nums = (f: typeof a) => f.numbers.map((n) => f.doc.text.slice(n.start, n.end)).join(', ');
    return `Different numbers for "${claimLabel(a)}": ${nums(a)} (${a.doc.id}) vs ${nums(b)} (${b.doc.id})`;
  });
}
