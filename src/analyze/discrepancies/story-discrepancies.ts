import { storyStep, needed } from '../story-step.js';
import { numberDiscrepancies } from './number.js';
import { dateDiscrepancies } from './date.js';
import { polarityDiscrepancies } from './polarity.js';
import { durationDiscrepancies } from './duration.js';
import { roleDiscrepancies } from './role.js';
import { internalDiscrepancies } from './internal.js';
import { surnameDiscrepancies } from './surname.js';

/**
 * Story step `discrepancies`, the one writer of the dossier's discrepancies: the name variants
 * (entities) and quote wordings (quotes) found earlier, then every kind read from the claims.
 * Articles that contradict themselves are flagged `internal-contradiction`.
 */
export const discrepanciesStoryStep = storyStep({
  name: 'discrepancies',
  needs: ['nameVariants', 'quoteWording', 'claimGroups', 'claims'],
  provides: ['discrepancies', 'articleNotes'],
  run(input, story) {
    const internal = internalDiscrepancies(input);
    const discrepancies = [
      ...needed(story, 'nameVariants'),
      ...surnameDiscrepancies(input),
      ...needed(story, 'quoteWording'),
      ...numberDiscrepancies(input, story),
      ...dateDiscrepancies(story),
      ...polarityDiscrepancies(story),
      ...durationDiscrepancies(input, story),
      ...roleDiscrepancies(input, story),
      ...internal,
    ];
    const articleNotes = [...new Set(internal.flatMap((d) => d.articles))].map((id) => ({ id, flags: ['internal-contradiction' as const] }));
    return { discrepancies, articleNotes };
  },
});
