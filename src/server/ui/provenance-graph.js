import { el, muted, section, svg } from './dom.js';
import { articleIndex, outletName, readerHref } from './format.js';

const ROW = 34;
const W = 640;
const clip = (s, n = 30) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

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
  const lines = [];
  cited.forEach((c, j) =>
    c.citedBy.forEach((aid) => {
      const i = left.findIndex((a) => a.id === aid);
      if (i >= 0) lines.push(svg('line', { x1: 200, y1: y(i, left.length), x2: W - 200, y2: y(j, cited.length), class: 'edge' + (isFirst(c.name) ? ' first' : '') }));
    }),
  );
  const graph = svg(
    'svg',
    { viewBox: `0 0 ${W} ${rows * ROW + 40}`, class: 'provenance', role: 'img', 'aria-label': 'Graph of which article credits which source' },
    svg('text', { x: 10, y: 12, class: 'col-h', text: 'article' }),
    svg('text', { x: W - 190, y: 12, class: 'col-h', text: 'credits' }),
    lines,
    left.map((a, i) =>
      svg(
        'g',
        { class: 'node article' + (isFirst(a.outlet) ? ' first' : '') + (unsourced.includes(a.id) ? ' unsourced' : '') },
        svg('circle', { cx: 200, cy: y(i, left.length), r: 5 }),
        svg('text', { x: 190, y: y(i, left.length) + 4, 'text-anchor': 'end', text: clip(outletName(a)) }),
      ),
    ),
    cited.map((c, j) =>
      svg(
        'g',
        { class: `node cited ${c.kind}` + (isFirst(c.name) ? ' first' : '') },
        svg('circle', { cx: W - 200, cy: y(j, cited.length), r: 5 }),
        svg('text', { x: W - 190, y: y(j, cited.length) + 4, text: clip(c.name + (isFirst(c.name) ? ' ★ first' : '')) }),
      ),
    ),
  );
  return section(
    'provenance',
    'Sources and provenance',
    el('div', { class: 'scroll' }, graph),
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
