import { annotationsOf } from '../model/article.js';
import type { Provenance, StoryAttribution } from '../model/dossier.js';
import type { StoryStep } from './story-step.js';

/**
 * Story step: the attributions of every article, and the story's provenance — which outlets
 * are credited by which articles, who is credited with reporting first, and which articles
 * credit no source at all.
 */
export const provenanceStoryStep: StoryStep = {
  name: 'provenance',
  run({ docs }, story) {
    const attributions: StoryAttribution[] = [];
    for (const doc of docs) {
      for (const a of annotationsOf(doc, 'attribution')) {
        attributions.push({
          article: doc.id,
          cited: a.cited,
          citedKind: a.citedKind,
          cue: a.cue,
          text: doc.text.slice(a.start, a.end),
          start: a.start,
          end: a.end,
          firstReport: a.firstReport,
        });
      }
    }
    const cited = new Map<string, Provenance['cited'][number]>();
    for (const a of attributions) {
      if (a.citedKind !== 'outlet') continue;
      const entry = cited.get(a.cited) ?? { name: a.cited, kind: a.citedKind, citedBy: [], firstReport: false };
      if (!entry.citedBy.includes(a.article)) entry.citedBy.push(a.article);
      entry.firstReport ||= a.firstReport;
      cited.set(a.cited, entry);
    }
    const list = [...cited.values()].sort((a, b) => b.citedBy.length - a.citedBy.length || a.name.localeCompare(b.name));
    // credited as first by some article; else the outlet whose citing article is the oldest
    const firstReporter = list.find((c) => c.firstReport)?.name ?? null;
    const citing = new Set(attributions.map((a) => a.article));
    story.attributions = attributions;
    story.provenance = { cited: list, firstReporter, unsourced: docs.filter((d) => !citing.has(d.id)).map((d) => d.id) };
  },
};
