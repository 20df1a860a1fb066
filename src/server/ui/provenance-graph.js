import { el, muted, section, svg } from './dom.js';
import { articleIndex, outletName, readerHref } from './format.js';

const ROW = 34;
const GAP = 220; // between the two columns of dots, for the lines
// A generous width per character at the graph's 13 px, so no label can run past the picture's edge.
const CHAR_W = 7.8;
const labelW = (labels) => Math.max(70, ...labels.map((l) => l.length * CHAR_W)) + 14;

/**
 * Who credits whom: articles on the left, the outlets/organisations/people they cite on the right,
 * a line per credit. The source credited with first reporting is highlighted. A text list below
 * carries the same facts for screen readers and narrow screens.
 */
export function renderProvenance(story) {
  const { cited, firstReporter, unsourced } = story.provenance;
  const byId = articleIndex(story);
  if (cited.length === 0 && unsourced.length === 0) return section('provenance', 'Sources and provenance', muted('No attribution data.'));
  const left = story.articles;
  const rows = Math.max(left.length, cited.length, 1);
  const y = (i, n) => 20 + ((i + 0.5) * (rows * ROW)) / n;
  const isFirst = (name) => firstReporter !== null && name === firstReporter;
  const leftLabels = left.map((a) => outletName(a));
  const rightLabels = cited.map((c) => c.name + (isFirst(c.name) ? ' ★ first' : ''));
  // The picture is as wide as its labels need: both columns' labels are whole, never clipped.
  const L = labelW(leftLabels);
  const W = L + GAP + labelW(rightLabels);
  const lines = [];
  cited.forEach((c, j) =>
    c.citedBy.forEach((aid) => {
      const i = left.findIndex((a) => a.id === aid);
      if (i >= 0) lines.push(svg('line', { x1: L, y1: y(i, left.length), x2: L + GAP, y2: y(j, cited.length), class: 'edge' + (isFirst(c.name) ? ' first' : '') }));
    }),
  );
  const graph = svg(
    'svg',
    { viewBox: `0 0 ${W} ${rows * ROW + 40}`, class: 'provenance', role: 'img', 'aria-label': 'Graph of which article credits which source' },
    svg('text', { x: 10, y: 12, class: 'col-h', text: 'article' }),
    svg('text', { x: L + GAP + 10, y: 12, class: 'col-h', text: 'credits' }),
    lines,
    left.map((a, i) =>
      svg(
        'g',
        { class: 'node article' + (isFirst(a.outlet) ? ' first' : '') + (unsourced.includes(a.id) ? ' unsourced' : '') },
        svg('circle', { cx: L, cy: y(i, left.length), r: 5 }),
        svg('text', { x: L - 10, y: y(i, left.length) + 4, 'text-anchor': 'end', text: leftLabels[i] }),
      ),
    ),
    cited.map((c, j) =>
      svg(
        'g',
        { class: `node cited ${c.kind}` + (isFirst(c.name) ? ' first' : '') },
        svg('circle', { cx: L + GAP, cy: y(j, cited.length), r: 5 }),
        svg('text', { x: L + GAP + 10, y: y(j, cited.length) + 4, text: rightLabels[j] }),
      ),
    ),
  );
  // Scaled to the panel, but never below three quarters of its size (then the frame scrolls), so
  // labels stay readable; set through the CSSOM, which the CSP allows (a style attribute it would not).
  graph.style.minWidth = `${Math.round(W * 0.75)}px`;
  graph.style.maxWidth = `${Math.round(W * 1.25)}px`;
  return section(
    'provenance',
    'Sources and provenance',
    el('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Provenance graph (scrolls sideways)' }, graph),
    firstReporter ? el('p', {}, 'First reported by ', el('strong', { class: 'first', text: firstReporter }), ' (as credited by the articles).') : null,
    el(
      'ul',
      { class: 'cited-list' },
      cited.map((c) =>
        el(
          'li',
          {},
          el('strong', { text: c.name }),
          ` (${c.kind}) credited by `,
          c.citedBy.map((aid, k) => [k ? ', ' : '', el('a', { href: readerHref(aid, null, story.id), text: outletName(byId.get(aid)) })]),
        ),
      ),
      unsourced.length
        ? el('li', { class: 'unsourced' }, 'Credit no source at all: ', unsourced.map((aid, k) => [k ? ', ' : '', el('a', { href: readerHref(aid, null, story.id), text: outletName(byId.get(aid)) })]))
        : null,
    ),
  );
}
