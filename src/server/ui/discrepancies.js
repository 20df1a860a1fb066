import { el, muted, section } from './dom.js';
import { articleIndex, domId, outletName, readerHref } from './format.js';

/** Discrepancies with each side's evidence next to the other's. */
export function renderDiscrepancies(story) {
  const byId = articleIndex(story);
  if (story.discrepancies.length === 0) return section('discrepancies', 'Discrepancies', muted('No discrepancies found between the articles.'));
  return section(
    'discrepancies',
    'Discrepancies',
    story.discrepancies.map((d, i) =>
      el(
        'div',
        { class: 'disc', id: domId('disc', i) },
        el('p', {}, el('span', { class: 'badge discrepancy', text: d.kind }), ' ', d.summary),
        el(
          'div',
          { class: 'sides' },
          d.evidence.map((e) =>
            el(
              'blockquote',
              { class: 'side' },
              el('p', { text: e.text }),
              el('footer', {}, el('a', { href: readerHref(e.article, e, story.id), text: outletName(byId.get(e.article)) })),
            ),
          ),
        ),
      ),
    ),
  );
}
