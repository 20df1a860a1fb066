import { storyStep } from './story-step.js';

/** The headline: the title of the article whose title shares most words with the others' titles. */
export const headlineStep = storyStep({
  name: 'headline',
  needs: [],
  provides: ['headline'],
  run({ docs }) {
    const titled = docs.filter((d) => d.title);
    if (titled.length === 0) {
      const first = docs[0];
      const s = first?.sentences[0];
      return { headline: first && s ? first.text.slice(s.start, s.end).slice(0, 160) : '(untitled story)' };
    }
    const words = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
    const sets = titled.map((d) => words(d.title!));
    let best = 0;
    let bestScore = -1;
    sets.forEach((s, i) => {
      let score = 0;
      sets.forEach((o, j) => {
        if (i !== j) for (const w of s) if (o.has(w)) score++;
      });
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    return { headline: titled[best]!.title! };
  },
});
