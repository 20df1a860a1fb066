import { el, muted, section } from './dom.js';
import { articleIndex, domId, outletName, readerHref } from './format.js';

const norm = (s) => s.toLowerCase().replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

/**
 * The values a discrepancy's summary sets against each other, each with the outlets it names:
 * `four metres (A, B) vs six metres (C)`, `X is "Deputy Mayor" in A but "Mayor" in B, C`,
 * `"Martina Lindqvist" (1 article) is written "Marta Lindqvist" in 4 others`.
 * The dossier's `sides` say this directly; a dossier stored before they existed has only its
 * summary, so the desk reads the sides off it (see docs/ui.md); a summary of another shape gives none.
 */
export function summarySides(summary) {
  const sides = [];
  const quoted = /[“"]([^”"]+)[”"](?:\s*\(([^)]*)\))?(?:\s+in\s+((?:(?!\bbut\b|\bvs\b)[^"“(;])+))?/g;
  for (const m of summary.matchAll(quoted)) sides.push({ value: m[1], outlets: splitOutlets(m[3] ?? m[2]) });
  if (sides.length >= 2) return sides;
  // Unquoted values: "four metres (A, B) vs six metres (C)".
  const parts = summary.replace(/^[^:]*:\s*/, '').split(/\s+vs\.?\s+/);
  if (parts.length < 2) return [];
  return parts.map((p) => {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(p.trim());
    return m ? { value: m[1], outlets: splitOutlets(m[2]) } : { value: p.trim(), outlets: [] };
  });
}

const splitOutlets = (s) =>
  (s ?? '')
    .split(/,\s*|\s+and\s+/)
    .map((x) => x.trim().replace(/[.,]$/, ''))
    .filter((x) => x && !/^\d+\s+(?:articles?|others?)$/.test(x));

/** The dossier's own sides (value, articles); a dossier stored before they existed has none. */
function dossierSides(d, byId) {
  return (d.sides ?? []).map((s) => ({ value: s.value, articles: s.articles, outlets: [...new Set(s.articles.map((a) => outletName(byId.get(a))))] }));
}

/** Which side an evidence passage is on: the one side its article is on, else the value it contains, else the side naming its outlet. */
function sideOf(sides, evidence, outlet) {
  const onSides = sides.map((s, i) => (s.articles?.includes(evidence.article) ? i : -1)).filter((i) => i >= 0);
  if (onSides.length === 1) return onSides[0];
  const text = norm(evidence.text);
  const byValue = sides
    .map((s, i) => ({ i, v: norm(s.value) }))
    .filter(({ v }) => v && text.includes(v))
    .sort((a, b) => b.v.length - a.v.length)[0];
  if (byValue) return byValue.i;
  const byOutlet = sides.findIndex((s) => s.outlets.some((o) => norm(o) === norm(outlet)));
  return byOutlet >= 0 ? byOutlet : null;
}

/** Without values to side by, each outlet's passages are its side (an internal discrepancy: one side). */
function byOutlet(evidence, byId) {
  const groups = new Map();
  for (const e of evidence) {
    const k = outletName(byId.get(e.article));
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(e);
  }
  return [...groups.values()];
}

function passage(e, story, byId, sameText, value) {
  return el(
    'blockquote',
    { class: 'side-passage' },
    // A role card's evidence is the person's name each time: the side's value says what differs.
    el('p', { text: sameText && value ? `${e.text}: “${value}”` : e.text }),
    el('footer', {}, el('a', { href: readerHref(e.article, e, story.id), text: outletName(byId.get(e.article)) })),
  );
}

/** Discrepancies: each side labelled with its value and the outlets that say it, evidence linked to the reader. */
export function renderDiscrepancies(story) {
  const byId = articleIndex(story);
  if (story.discrepancies.length === 0) return section('discrepancies', 'Discrepancies', muted('No discrepancies found between the articles.'));
  return section(
    'discrepancies',
    'Discrepancies',
    story.discrepancies.map((d, i) => {
      const own = dossierSides(d, byId);
      const sides = own.length >= 2 ? own : summarySides(d.summary);
      const sameText = new Set(d.evidence.map((e) => norm(e.text))).size === 1 && d.evidence.length > 1;
      const groups = sides.map((s) => ({ ...s, evidence: [] }));
      const other = [];
      for (const e of d.evidence) {
        const k = sides.length ? sideOf(sides, e, outletName(byId.get(e.article))) : null;
        (k === null ? other : groups[k].evidence).push(e);
      }
      const columns = [
        ...groups
          .filter((g) => g.evidence.length || g.outlets.length)
          .map((g) => {
            const says = [...new Set(g.evidence.map((e) => outletName(byId.get(e.article))))];
            const who = says.length ? says : g.outlets;
            return el(
              'div',
              { class: 'side' },
              el('p', { class: 'side-label' }, el('strong', { text: `“${g.value}”` }), ' — ', who.length ? who.join(', ') : 'outlets not named'),
              g.evidence.map((e) => passage(e, story, byId, sameText, g.value)),
            );
          }),
        ...(sides.length ? [other] : byOutlet(other, byId)).filter((list) => list.length).map((list) =>
          el(
            'div',
            { class: 'side other' },
            el('p', { class: 'side-label' }, sides.length ? 'Also cited' : el('strong', { text: `${outletName(byId.get(list[0].article))} says` })),
            list.map((e) => passage(e, story, byId, false, null)),
          ),
        ),
      ];
      return el('div', { class: 'disc', id: domId('disc', i) }, el('p', {}, el('span', { class: 'badge discrepancy', text: d.kind }), ' ', d.summary), el('div', { class: 'sides' }, columns));
    }),
  );
}
