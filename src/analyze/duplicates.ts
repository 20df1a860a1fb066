import { analysedText } from '../model/article.js';
import { jaccard, minhash } from '../cluster/minhash.js';
import { DEFAULT_SETTINGS } from '../cluster/story-clusterer.js';
import { storyStep, type ArticleNote } from './story-step.js';

/**
 * Near-duplicates inside a story: an article whose analysed text is a copy (same shingles, same
 * threshold as the clusterer) of an earlier one is a syndicated copy or rewrite: it gets
 * `duplicateOf` and the `near-duplicate` flag, and later steps count it with its original.
 * Computed from the story's own articles, so it does not depend on the stream's history.
 */
export const duplicatesStep = storyStep({
  name: 'duplicates',
  needs: [],
  provides: ['articleNotes'],
  run({ docs }) {
    const sigs = docs.map((d) => minhash(analysedText(d)));
    // A copy of a copy counts with the first original.
    const originalOf = new Map<string, string>();
    const articleNotes: ArticleNote[] = [];
    docs.forEach((doc, i) => {
      const sig = sigs[i];
      if (!sig) return;
      for (let j = 0; j < i; j++) {
        const earlier = sigs[j];
        if (!earlier || jaccard(sig, earlier) < DEFAULT_SETTINGS.duplicate) continue;
        const original = originalOf.get(docs[j]!.id) ?? docs[j]!.id;
        originalOf.set(doc.id, original);
        articleNotes.push({ id: doc.id, duplicateOf: original, flags: ['near-duplicate'] });
        return;
      }
    });
    return { articleNotes };
  },
});
