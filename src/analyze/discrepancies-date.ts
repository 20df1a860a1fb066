import type { StoryView } from './story-step.js';
import type { Discrepancy, Story } from '../model/dossier.js';
import { claimLabel, conflictDiscrepancies } from './discrepancies-claim-conflicts.js';
import { articleLabel } from './article-label.js';

/** `date`: two articles date the same fact differently. */
export function dateDiscrepancies(story: StoryView): Discrepancy[] {
  return conflictDiscrepancies(story, 'date', (a, b) => {
    const days = (f: typeof a) => f.dates.map((d) => d.value).join(', ');
    return `Different dates for "${claimLabel(a)}": ${days(a)} (${articleLabel(a.doc)}) vs ${days(b)} (${articleLabel(b.doc)})`;
  });
}
