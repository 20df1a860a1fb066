import type { StoryView } from '../story-step.js';
import type { Discrepancy, Story } from '../../model/dossier.js';
import { claimLabel, conflictDiscrepancies } from './claim-conflicts.js';
import { articleLabel } from '../article-label.js';

/** `polarity`: one article asserts what another negates. */
export function polarityDiscrepancies(story: StoryView): Discrepancy[] {
  return conflictDiscrepancies(
    story,
    'polarity',
    (a, b) => {
      const [yes, no] = a.negated ? [b, a] : [a, b];
      return `Asserted in ${articleLabel(yes.doc)} but negated in ${articleLabel(no.doc)}: "${claimLabel(yes)}"`;
    },
    (f) => `${f.negated ? 'negated' : 'asserted'}: ${claimLabel(f)}`,
  );
}
