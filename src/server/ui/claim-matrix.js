import { el, muted, section } from './dom.js';
import { domId, fmtDate, outletName, readerHref } from './format.js';

const VISIBLE_ROWS = 12;
const STATUS_RANK = { corroborated: 0, 'single-source': 1, disputed: 2 };

/** Claims × articles: does each article support, contradict or stay silent on each claim. */
export function renderMatrix(story) {
  if (story.claims.length === 0) return section('matrix', 'Claims', muted('No claims were extracted.'));
  const claims = [...story.claims].sort(
    (a, b) => b.independentSources.length - a.independentSources.length || b.support.length - a.support.length || STATUS_RANK[a.status] - STATUS_RANK[b.status],
  );
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', text: 'Claim' }),
    story.articles.map((a) => el('th', { scope: 'col', class: 'outlet-col' }, el('span', { text: outletName(a) }), el('small', { text: fmtDate(a.published) }))),
  );
  const cell = (claim, article) => {
    const sup = claim.support.find((e) => e.article === article.id);
    const con = claim.contradiction.find((e) => e.article === article.id);
    const name = outletName(article);
    if (con)
      return el('td', { class: 'cell contradicts' }, el('a', { href: readerHref(article.id, con, story.id), title: con.text, 'aria-label': `${name} contradicts`, text: '✗' }));
    if (sup)
      return el(
        'td',
        { class: 'cell supports' },
        el('a', { href: readerHref(article.id, sup, story.id), title: sup.via ? `${sup.text} (via ${sup.via})` : sup.text, 'aria-label': `${name} supports`, text: sup.via ? '✓·' : '✓' }),
      );
    return el('td', { class: 'cell silent' }, el('span', { 'aria-label': `${name} silent`, title: 'silent', text: '·' }));
  };
  const rows = claims.map((c) =>
    el(
      'tr',
      { id: domId('claim', c.id) },
      el(
        'th',
        { scope: 'row', class: 'claim-text' },
        el('span', { class: `badge ${c.status}`, text: c.status }),
        ' ',
        c.text,
        el('small', { class: 'sources', text: ` ${c.independentSources.length} independent source${c.independentSources.length === 1 ? '' : 's'}` }),
      ),
      story.articles.map((a) => cell(c, a)),
    ),
  );
  // Long stories have dozens of single-source claims; the best-corroborated rows come first and
  // the rest stay one click away.
  const more = rows.slice(VISIBLE_ROWS);
  for (const r of more) r.hidden = true;
  const toggle = more.length
    ? el('button', {
        type: 'button',
        class: 'more',
        'aria-expanded': 'false',
        text: `Show ${more.length} more claims`,
        onclick: (ev) => {
          const open = ev.currentTarget.getAttribute('aria-expanded') !== 'true';
          for (const r of more) r.hidden = !open;
          ev.currentTarget.setAttribute('aria-expanded', String(open));
          ev.currentTarget.textContent = open ? 'Show fewer claims' : `Show ${more.length} more claims`;
        },
      })
    : null;
  return section(
    'matrix',
    'Claims across outlets',
    el('p', { class: 'legend' }, el('span', { class: 'cell supports', text: '✓ supports' }), el('span', { class: 'cell contradicts', text: '✗ contradicts' }), el('span', { class: 'cell silent', text: '· silent' }), ' ✓· = credited to another outlet'),
    el('div', { class: 'scroll' }, el('table', { class: 'matrix' }, el('thead', {}, head), el('tbody', {}, rows))),
    toggle,
  );
}
