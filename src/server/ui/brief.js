import { el, muted, section } from './dom.js';
import { articleIndex, outletName, readerHref } from './format.js';

/** The cited brief: each citation links to the cited sentence in its article's reader. */
export function renderBrief(story) {
  const byId = articleIndex(story);
  if (story.brief.length === 0) return section('brief', 'Brief', muted('No brief: too few claims could be checked.'));
  return section(
    'brief',
    'Brief',
    el(
      'ol',
      { class: 'brief' },
      story.brief.map((b) =>
        el(
          'li',
          {},
          b.text,
          ' ',
          b.citations.map((id) => {
            const ev = b.evidence.find((e) => e.article === id) ?? null;
            return el('a', { class: 'cite', href: readerHref(id, ev, story.id), title: ev ? ev.text : null, text: `[${outletName(byId.get(id))}]` });
          }),
        ),
      ),
    ),
  );
}
