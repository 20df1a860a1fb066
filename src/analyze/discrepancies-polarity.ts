import type { Discrepancy, Story } from '../model/dossier.js';
import { claimLabel, conflictDiscrepancies } from './discrepancies-claim-conflicts.js';

/** `polarity`: one article asserts what another negates. */
export function polarityDiscrepancies(story: Story): Discrepancy[] {
  return conflictDiscrepancies(story, 'polarity', (a, b) => {
    const [yes, no] = a.negated ? [b, a] : [a, b];
    return `Asserted in ${yes.doc.id} but negated in ${no.doc.id}: "${claimLabel(yes)}"`;
  });
}
