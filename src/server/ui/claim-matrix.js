import { el, muted, section } from './dom.js';
import { articleIndex, domId, fmtDate, labelNote, outletKey, outletLabel, outletName, readerHref } from './format.js';
import { watchOverflow } from './matrix-scroll.js';

const VISIBLE_ROWS = 12;
const STATUS_RANK = { corroborated: 0, 'single-source': 1, disputed: 2 };

/** One column per outlet, in the story's article order: a named outlet's articles share it, an unnamed article has its own. */
function outletColumns(story) {
  const byKey = new Map();
  for (const a of story.articles) {
    const key = outletKey(a);
    if (!byKey.has(key)) byKey.set(key, { key, label: outletLabel(a), articles: [] });
    byKey.get(key).articles.push(a);
  }
  return [...byKey.values()];
}

function columnHead(col) {
  const note = labelNote(col.label);
  const when = col.articles.length === 1 ? fmtDate(col.articles[0].published).slice(0, 10) : `${col.articles.length} articles`;
  return el(
    'th',
    { scope: 'col', class: `outlet-col${note ? ' unnamed' : ''}`, title: note ? `${col.label.text} — ${note}` : col.label.text },
    el('span', { text: col.label.text }),
    el('small', { text: when }),
  );
}

/** ✓ (✓· when every supporting sentence credits another outlet) and/or ✗, each linking to its first sentence; blank when silent. */
function cell(story, claim, col) {
  const ids = new Set(col.articles.map((a) => a.id));
  const sup = claim.support.filter((e) => ids.has(e.article));
  const con = claim.contradiction.filter((e) => ids.has(e.article));
  const name = col.label.text;
  const more = (list) => (list.length > 1 ? ` (+${list.length - 1} more)` : '');
  const marks = [];
  if (sup.length) {
    const via = sup.every((e) => e.via);
    // Supporting articles the claims step found to add no independent confirmation, with why.
    const dependent = (claim.dependent ?? []).filter((d) => ids.has(d.article));
    const allDependent = sup.every((e) => dependent.some((d) => d.article === e.article));
    const why = allDependent ? ` — adds no independent confirmation: ${[...new Set(dependent.map((d) => d.reason))].join('; ')}` : '';
    marks.push(
      el('a', {
        class: `mark-sup${allDependent ? ' dependent' : ''}`,
        href: readerHref(sup[0].article, sup[0], story.id),
        title: (via ? `${sup[0].text} (via ${sup[0].via})` : sup[0].text) + more(sup) + why,
        'aria-label': `${name} supports${allDependent ? ' (not independently)' : ''}`,
        text: via ? '✓·' : '✓',
      }),
    );
  }
  if (con.length)
    marks.push(el('a', { class: 'mark-con', href: readerHref(con[0].article, con[0], story.id), title: con[0].text + more(con), 'aria-label': `${name} contradicts`, text: '✗' }));
  if (!marks.length) return el('td', { class: 'cell silent' }, el('span', { class: 'visually-hidden', text: `${name}: not reported` }));
  const kind = sup.length && con.length ? 'mixed' : sup.length ? 'supports' : 'contradicts';
  return el('td', { class: `cell ${kind}` }, marks);
}

/** The independent outlets behind a claim, by label (an id stands for an article with no outlet named). */
function independentLabels(story, claim) {
  const byId = articleIndex(story);
  return claim.independentSources.map((s) => (byId.has(s) ? outletName(byId.get(s)) : s));
}

const ORDERS = ['default', 'descending', 'ascending'];
const ORDER_NOTE = {
  default: 'Claims in the default order: best corroborated first.',
  descending: 'Claims sorted by independent outlets, most first.',
  ascending: 'Claims sorted by independent outlets, fewest first.',
};

/** Claims × outlets: does each outlet support, contradict or not report each claim. */
export function renderMatrix(story) {
  if (story.claims.length === 0) return section('matrix', 'Claims', muted('No claims were extracted.'));
  const cols = outletColumns(story);
  // Default order: independent sources, then supporting articles, then status.
  const claims = [...story.claims].sort(
    (a, b) => b.independentSources.length - a.independentSources.length || b.support.length - a.support.length || STATUS_RANK[a.status] - STATUS_RANK[b.status],
  );
  const rows = claims.map((c, rank) => {
    const sources = independentLabels(story, c);
    const tr = el(
      'tr',
      { id: domId('claim', c.id) },
      el('th', { scope: 'row', class: 'claim-text' }, el('span', { class: `badge ${c.status}`, text: c.status }), ' ', c.text),
      el('td', { class: 'indep', title: sources.length ? sources.join(', ') : 'no independent outlet' }, String(sources.length)),
      cols.map((col) => cell(story, c, col)),
    );
    return { tr, rank, count: sources.length };
  });

  let order = 'default';
  let open = false;
  const tbody = el('tbody', {});
  const status = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const sortButton = el(
    'button',
    { type: 'button', class: 'sort', 'data-order': 'default', 'aria-label': 'Independent outlets' },
    el('span', { class: 'wide', text: 'Independent outlets' }),
    el('span', { class: 'narrow', text: 'Indep.' }),
    el('span', { class: 'arrow', text: '↕' }),
  );
  const indepHead = el('th', { scope: 'col', class: 'indep-h' }, sortButton);
  const hiddenCount = rows.length - VISIBLE_ROWS;
  const toggle =
    hiddenCount > 0
      ? el('button', { type: 'button', class: 'more', 'aria-expanded': 'false', text: `Show ${hiddenCount} more claims`, onclick: () => ((open = !open), layout()) })
      : null;

  // Long stories have dozens of single-source claims: the first rows of the current order show,
  // the rest stay one click away.
  function layout() {
    const sorted = [...rows].sort((a, b) => (order === 'descending' ? b.count - a.count : order === 'ascending' ? a.count - b.count : 0) || a.rank - b.rank);
    sorted.forEach((r, i) => (r.tr.hidden = !open && i >= VISIBLE_ROWS));
    tbody.replaceChildren(...sorted.map((r) => r.tr));
    if (order === 'default') indepHead.removeAttribute('aria-sort');
    else indepHead.setAttribute('aria-sort', order);
    sortButton.dataset.order = order;
    sortButton.querySelector('.arrow').textContent = order === 'descending' ? '▼' : order === 'ascending' ? '▲' : '↕';
    sortButton.title = `Sort by independent outlets (now: ${order === 'default' ? 'default order' : order === 'descending' ? 'most first' : 'fewest first'})`;
    if (toggle) {
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Show fewer claims' : `Show ${hiddenCount} more claims`;
    }
  }
  sortButton.addEventListener('click', () => {
    order = ORDERS[(ORDERS.indexOf(order) + 1) % ORDERS.length];
    layout();
    status.textContent = ORDER_NOTE[order];
  });
  layout();

  const head = el('tr', {}, el('th', { scope: 'col', class: 'claim-h', text: 'Claim' }), indepHead, cols.map(columnHead));
  const table = el('table', { class: 'matrix' }, el('thead', {}, head), tbody);
  const scroller = el('div', { class: 'scroll matrix-scroll', tabindex: '0', role: 'region', 'aria-label': `Claims by outlet, ${cols.length} outlets` }, table);
  const hint = el('button', { type: 'button', class: 'overflow-hint', hidden: true });
  const frame = el('div', { class: 'matrix-frame' }, scroller);
  watchOverflow(frame, scroller, hint);
  return section(
    'matrix',
    'Claims across outlets',
    el(
      'p',
      { class: 'legend' },
      el('span', { class: 'cell supports', text: '✓ supports' }),
      el('span', { class: 'cell contradicts', text: '✗ contradicts' }),
      el('span', { class: 'cell silent', text: 'blank: not reported' }),
      ' ✓· = credited to another outlet; faint ✓ = adds no independent confirmation',
    ),
    frame,
    el('div', { class: 'matrix-actions' }, toggle, hint),
    status,
  );
}
