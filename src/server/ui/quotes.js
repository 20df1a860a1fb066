import { el, muted, section } from './dom.js';
import { articleIndex, domId, outletName, readerHref } from './format.js';

/** The outlets also carrying a quote, each named once: a wire quote may be in hundreds of articles. */
function alsoInText(q, byId) {
  const names = [...new Set(q.alsoIn.map((id) => outletName(byId.get(id))))];
  const shown = names.slice(0, 8).join(', ');
  return names.length > 8 ? `${shown} and ${names.length - 8} more outlets` : shown;
}

/** Quotes grouped by speaker; anonymous sources (no named speaker) are marked as such. */
export function renderQuotes(story) {
  const byId = articleIndex(story);
  if (story.quotes.length === 0) return section('quotes', 'Quotes', muted('No direct quotes.'));
  const groups = new Map();
  for (const q of story.quotes) {
    const key = q.speaker ?? (q.speakerDescription ? `anonymous: ${q.speakerDescription}` : 'unattributed');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(q);
  }
  const named = [...groups].sort(([a, qa], [b, qb]) => (qa[0].speaker === null) - (qb[0].speaker === null) || qb.length - qa.length || a.localeCompare(b));
  return section(
    'quotes',
    'Quotes by speaker',
    named.map(([, qs]) => {
      const first = qs[0];
      const anonymous = first.speaker === null;
      return el(
        'div',
        { class: 'speaker' + (anonymous ? ' anonymous' : '') },
        el('h3', {}, first.speaker ?? first.speakerDescription ?? 'Unattributed', anonymous ? el('span', { class: 'badge anon', text: 'anonymous source' }) : null),
        el(
          'ul',
          {},
          qs.map((q) =>
            el(
              'li',
              { id: domId('quote', q.article, q.start) },
              el('q', { text: q.text }),
              ' — ',
              el('a', { href: readerHref(q.article, q, story.id), text: outletName(byId.get(q.article)) }),
              q.alsoIn.length ? el('small', { text: ` also in ${alsoInText(q, byId)}` }) : null,
            ),
          ),
        ),
      );
    }),
  );
}
