import { storyStep } from '../story-step.js';
import { buildTimeline } from './build-timeline.js';

/**
 * Story step `timeline`: dated events (relative dates resolved by the `dates` step), merged across
 * articles, sorted; nothing after the latest article unless announced (src/analyze/timeline/).
 */
export const timelineStoryStep = storyStep({
  name: 'timeline',
  needs: [],
  provides: ['timeline'],
  run({ docs }) {
    return { timeline: buildTimeline(docs) };
  },
});
