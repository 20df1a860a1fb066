import { analysedText } from '../model/article.js';
import { jaccard, minhash } from '../cluster/minhash.js';
import { DEFAULT_SETTINGS } from '../cluster/story-clusterer.js';
import type { StoryStep } from './story-step.js';

/**
 * Near-duplicates inside a story: an article whose analysed text is a copy (same shingles, same
 * threshold as the clusterer) of an earlier one is a syndicated copy or rewrite: it gets
 * `duplicateOf` and the `near-duplicate` flag, and later steps count it with its original.
 * Computed from the story's own articles, so it does not depend on the stream's history.
 */
export const duplicatesStep: StoryStep = {
  name: 'duplicates',
  run({ docs }, story) {
    const sigs = docs.map((d) => minhash(analysedText(d)));
    docs.forEach((doc, i) => {
      const sig = sigs[i];
      if (!sig) return;
      for (let j = 0; j < i; j++) {
        const earlier = sigs[j];
        if (!earlier || jaccard(sig, earlier) < DEFAULT_SETTINGS.duplicate) continue;
        const art = story.articles.find((a) => a.id === doc.id);
        if (!art) return;
        art.duplicateOf = story.articles.find((a) => a.id === docs[j]!.id)?.duplicateOf ?? docs[j]!.id;
        art.flags.push('near-duplicate');
        return;
      }
    });
  },
};
