import type { StoryView } from '../story-step.js';
import type { Discrepancy, Story } from '../../model/dossier.js';
import { claimLabel, conflictDiscrepancies } from './claim-conflicts.js';
import type { ClaimFrame } from '../claims/claim-frame.js';
import { articleLabel } from '../article-label.js';

/** `date`: two articles date the same fact differently. */
export function dateDiscrepancies(story: StoryView): Discrepancy[] {
  const days = (f: ClaimFrame) => f.dates.map((d) => d.value).join(', ');
  return conflictDiscrepancies(story, 'date', (a, b) => `Different dates for "${claimLabel(a)}": ${days(a)} (${articleLabel(a.doc)}) vs ${days(b)} (${articleLabel(b.doc)})`, days);
}
