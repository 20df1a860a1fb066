import { getJson } from './api.js';
import { el, muted } from './dom.js';
import { fmtDate, storyHref } from './format.js';
import { renderSnippets } from './snippets.js';

const SORTS = [
  ['size', 'most articles'],
  ['recency', 'most recent'],
  ['outlets', 'most outlets'],
  ['disputes', 'most disputed'],
];
const FILTERS = ['q', 'from', 'to', 'outlet', 'flag', 'status'];
const STATUSES = [
  ['', 'any status'],
  ['disputed', 'has disputes'],
  ['single-source', 'single-source heavy'],
];

const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** The list's hash for these parameters with some changed (empty values dropped). */
export function listHref(params, change = {}) {
  const p = new URLSearchParams();
  for (const k of [...FILTERS, 'sort']) {
    const v = k in change ? change[k] : params.get(k);
    if (v) p.set(k, v);
  }
  const qs = p.toString();
  return `#/stories${qs ? '?' + qs : ''}`;
}

function filterForm(params, outlets, flags) {
  const select = (name, label, options) =>
    el(
      'label',
      {},
      el('span', { text: label }),
      el('select', { name }, options.map(([value, text]) => el('option', { value, selected: (params.get(name) ?? '') === value, text }))),
    );
  const date = (name, label) => el('label', {}, el('span', { text: label }), el('input', { type: 'date', name, value: params.get(name) ?? '' }));
  return el(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filter stories',
      onsubmit: (ev) => {
        ev.preventDefault();
        const data = new FormData(ev.target);
        location.hash = listHref(params, Object.fromEntries(['from', 'to', 'outlet', 'flag', 'status'].map((k) => [k, data.get(k)?.toString() ?? ''])));
      },
    },
    date('from', 'From'),
    date('to', 'To'),
    select('outlet', 'Outlet', [['', 'any outlet'], ...outlets.map((o) => [o.name, `${o.name} (${o.stories})`])]),
    select('flag', 'Flag', [['', 'any flag'], ...flags.map((f) => [f.name, `${f.name} (${f.stories})`])]),
    select('status', 'Status', STATUSES),
    el('button', { type: 'submit', text: 'Apply filters' }),
    FILTERS.slice(1).some((k) => params.get(k)) ? el('a', { class: 'clear', href: listHref(params, { from: '', to: '', outlet: '', flag: '', status: '' }), text: 'Clear filters' }) : null,
  );
}

function storyRow(s, hits, mark) {
  return el(
    'li',
    { class: 'story-row' + (mark ? ' changed' : ''), 'data-story': s.id, 'data-updated': s.updatedAt },
    el('h2', {}, el('a', { href: storyHref(s.id), text: s.headline || '(untitled story)' }), mark ? el('span', { class: 'badge new', text: mark }) : null),
    el(
      'p',
      { class: 'facts' },
      el('span', { text: `${plural(s.outletCount, 'outlet')}, ${plural(s.articleCount, 'article')}` }),
      el('span', { text: `${fmtDate(s.firstPublished)} → ${fmtDate(s.lastPublished)}` }),
      el('span', { class: 'badge corroborated', text: `${s.corroborated} corroborated` }),
      el('span', { class: 'badge disputed', text: `${s.disputed} disputed` }),
      el('span', { class: 'badge discrepancy', text: `${s.discrepancies} discrepanc${s.discrepancies === 1 ? 'y' : 'ies'}` }),
      s.claims ? el('span', { class: 'badge single-source', text: `${s.singleSource} of ${s.claims} claims single-source` }) : null,
    ),
    renderSnippets(hits, s.id),
  );
}

/**
 * The story list: search (with each story's matching passages), filters by date, outlet, flag
 * and status, four sorts, and a mark on stories new or updated since the last look (`marksOf`, seen.js).
 */
export async function renderStoryList(params, marksOf) {
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'size';
  const api = new URLSearchParams({ sort, limit: '100' });
  for (const k of FILTERS) if (params.get(k)) api.set(k, params.get(k));
  const [list, search] = await Promise.all([getJson(`/api/desk/stories?${api}`), q ? getJson(`/api/search?${new URLSearchParams({ q, limit: '100' })}`) : null]);
  const input = document.getElementById('q');
  if (input && document.activeElement !== input) input.value = q;

  const hitsByStory = new Map();
  for (const h of search?.hits ?? []) {
    if (!h.storyId) continue;
    if (!hitsByStory.has(h.storyId)) hitsByStory.set(h.storyId, []);
    hitsByStory.get(h.storyId).push(h);
  }

  const sortLinks = el(
    'nav',
    { class: 'sorts', 'aria-label': 'Sort stories' },
    'Sort: ',
    SORTS.map(([key, label]) => el('a', { href: listHref(params, { sort: key }), 'aria-current': key === sort ? 'true' : null, text: label })),
  );
  const marks = marksOf ? marksOf(list.stories) : new Map();
  const filtered = FILTERS.some((k) => params.get(k));
  return el(
    'div',
    { class: 'story-list' },
    el('h1', { text: q ? `Stories matching “${q}”` : 'Stories' }),
    filterForm(params, list.outlets, list.flags),
    sortLinks,
    el('p', { class: 'count', role: 'status', text: list.total > list.stories.length ? `${plural(list.total, 'story', 'stories')}, the first ${list.stories.length} shown` : plural(list.total, 'story', 'stories') }),
    list.stories.length
      ? el('ol', { class: 'stories' }, list.stories.map((s) => storyRow(s, hitsByStory.get(s.id), marks.get(s.id))))
      : muted(filtered ? 'No story matches this search and these filters.' : 'No stories yet. Ingest some articles (crosscheck ingest, or POST /api/articles).'),
  );
}
