import type { StoryStep } from './story-step.js';
import { numberDiscrepancies } from './discrepancies-number.js';
import { dateDiscrepancies } from './discrepancies-date.js';
import { polarityDiscrepancies } from './discrepancies-polarity.js';
import { durationDiscrepancies } from './discrepancies-duration.js';
import { roleDiscrepancies } from './discrepancies-role.js';
import { internalDiscrepancies } from './discrepancies-internal.js';

/** Story step `discrepancies`: every kind, appended to what earlier steps found (name variants, quote wording). Runs after `claims`. */
export const discrepanciesStoryStep: StoryStep = {
  name: 'discrepancies',
  run(input, story) {
    story.discrepancies.push(
      ...numberDiscrepancies(input, story),
      ...dateDiscrepancies(story),
      ...polarityDiscrepancies(story),
      ...durationDiscrepancies(input, story),
      ...roleDiscrepancies(input, story),
      ...internalDiscrepancies(input, story),
    );
  },
};
