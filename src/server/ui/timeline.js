import { el, muted, section } from './dom.js';
import { articleIndex, outletName, readerHref } from './format.js';

/** Dated events, oldest first, each with links to the sentences that date it. */
export function renderTimeline(story) {
  const byId = articleIndex(story);
  if (story.timeline.length === 0) return section('timeline', 'Timeline', muted('No dated events.'));
  return section(
    'timeline',
    'Timeline',
    el(
      'ol',
      { class: 'timeline' },
      story.timeline.map((t) =>
        el(
          'li',
          {},
          el('time', { datetime: t.date, text: t.date }),
          el('span', { text: ' ' + t.text + ' ' }),
          t.articles.map((aid) => {
            const ev = t.evidence.find((e) => e.article === aid) ?? null;
            return el('a', { class: 'cite', href: readerHref(aid, ev, story.id), text: `[${outletName(byId.get(aid))}]` });
          }),
        ),
      ),
    ),
  );
}
