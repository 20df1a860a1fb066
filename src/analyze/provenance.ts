import { annotationsOf } from '../model/article.js';
import type { Provenance, StoryAttribution } from '../model/dossier.js';
import { outletKey, sameOutlet } from '../nlp/outlets.js';
import { storyStep } from './story-step.js';

/**
 * Story step: the attributions of every article, and the story's provenance — which outlets
 * are credited by which articles, who is credited with reporting first, and which articles
 * credit no source at all. An article never credits its own outlet: "officials told the Valley
 * Standard" in the Valley Standard is its own reporting (the attributions step already leaves
 * such credits out; this step checks again against the story's article table).
 */
export const provenanceStoryStep = storyStep({
  name: 'provenance',
  needs: [],
  provides: ['attributions', 'provenance'],
  run({ docs }, story) {
    const attributions: StoryAttribution[] = [];
    const ownOutlet = new Map(story.articles.map((a) => [a.id, a.outlet]));
    for (const doc of docs) {
      const own = ownOutlet.get(doc.id) ?? doc.outlet;
      for (const a of annotationsOf(doc, 'attribution')) {
        if (a.citedKind === 'outlet' && (sameOutlet(a.cited, own) || sameOutlet(a.cited, doc.outlet))) continue;
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
    // One entry per outlet, spelt as in the article table when the outlet has articles in the story.
    const spelling = new Map<string, string>();
    for (const a of story.articles) if (a.outlet && !spelling.has(outletKey(a.outlet))) spelling.set(outletKey(a.outlet), a.outlet);
    const cited = new Map<string, Provenance['cited'][number]>();
    for (const a of attributions) {
      if (a.citedKind !== 'outlet') continue;
      const key = outletKey(a.cited);
      const entry = cited.get(key) ?? { name: spelling.get(key) ?? a.cited, kind: a.citedKind, citedBy: [], firstReport: false };
      if (!entry.citedBy.includes(a.article)) entry.citedBy.push(a.article);
      entry.firstReport ||= a.firstReport;
      cited.set(key, entry);
    }
    const list = [...cited.values()].sort((a, b) => b.citedBy.length - a.citedBy.length || a.name.localeCompare(b.name));
    // The outlet some article credits with the first report; when several are, the one most articles cite.
    const firstReporter = list.find((c) => c.firstReport)?.name ?? null;
    const citing = new Set(attributions.map((a) => a.article));
    return { attributions, provenance: { cited: list, firstReporter, unsourced: docs.filter((d) => !citing.has(d.id)).map((d) => d.id) } };
  },
});
