// Turns a block of text plus overlapping annotation spans into nested highlight elements.
import { el } from './dom.js';

/** Outer layers first when spans start together: a selected sentence wraps claims, claims wrap quotes… */
const LAYER = { target: 0, claim: 1, quote: 2, hedge: 3, entity: 4 };

const order = (a, b) => a.start - b.start || b.end - a.end || LAYER[a.kind] - LAYER[b.kind];

/**
 * Render text[from, to) with the given marks ({start, end, kind, title, href, backref}).
 * Marks that cross another mark's end are split in two, so the result is always properly nested.
 * `href` makes the mark itself a link (short marks: entities, hedges) unless it sits inside a link;
 * `backref` adds a small link after the mark's last piece (long marks: claims, quotes).
 */
export function renderMarks(text, from, to, marks, inLink = false) {
  const out = [];
  let items = marks.filter((m) => m.end > from && m.start < to).map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) })).sort(order);
  let pos = from;
  while (items.length > 0) {
    const m = items.shift();
    if (m.start < pos) m.start = pos;
    if (m.start >= m.end) continue;
    if (m.start > pos) out.push(text.slice(pos, m.start));
    const inner = [];
    const rest = [];
    for (const o of items) {
      if (o.start >= m.end) rest.push(o);
      else if (o.end <= m.end) inner.push(o);
      else {
        inner.push({ ...o, end: m.end, backref: null });
        rest.push({ ...o, start: m.end, id: null });
      }
    }
    items = rest.sort(order);
    const asLink = Boolean(m.href) && !inLink;
    const children = renderMarks(text, m.start, m.end, inner, inLink || asLink);
    const attrs = { class: `hl hl-${m.kind}`, title: m.title ?? null, id: m.id ?? null };
    out.push(asLink ? el('a', { ...attrs, href: m.href }, children) : el('mark', attrs, children));
    if (m.backref && !inLink) out.push(el('a', { class: `backref backref-${m.kind}`, href: m.backref.href, title: m.backref.label, 'aria-label': m.backref.label, text: m.backref.text }));
    pos = m.end;
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}
