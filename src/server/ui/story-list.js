import { getJson } from './api.js';
import { el, muted } from './dom.js';
import { fmtDate, storyHref } from './format.js';

const SORTS = [
  ['size', 'most articles'],
  ['recency', 'most recent'],
  ['disputes', 'most disputed'],
];

/** The story list: one row per story with its size, time span and claim counts. */
export async function renderStoryList(params) {
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'size';
  const api = new URLSearchParams({ sort, limit: '100' });
  if (q) api.set('q', q);
  const { stories } = await getJson(`/api/stories?${api}`);
  const input = document.getElementById('q');
  if (input && document.activeElement !== input) input.value = q;

  const sortLinks = el(
    'nav',
    { class: 'sorts', 'aria-label': 'Sort stories' },
    'Sort: ',
    SORTS.map(([key, label]) => {
      const p = new URLSearchParams({ sort: key });
      if (q) p.set('q', q);
      return el('a', { href: `#/stories?${p}`, 'aria-current': key === sort ? 'true' : null, text: label });
    }),
  );

  const items = stories.map((s) =>
    el(
      'li',
      { class: 'story-row' },
      el('h2', {}, el('a', { href: storyHref(s.id), text: s.headline || '(untitled story)' })),
      el(
        'p',
        { class: 'facts' },
        el('span', { text: `${s.outletCount} outlet${s.outletCount === 1 ? '' : 's'}, ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}` }),
        el('span', { text: `${fmtDate(s.firstPublished)} → ${fmtDate(s.lastPublished)}` }),
        el('span', { class: 'badge corroborated', text: `${s.corroborated} corroborated` }),
        el('span', { class: 'badge disputed', text: `${s.disputed} disputed` }),
        el('span', { class: 'badge discrepancy', text: `${s.discrepancies} discrepanc${s.discrepancies === 1 ? 'y' : 'ies'}` }),
      ),
    ),
  );

  return el(
    'div',
    { class: 'story-list' },
    el('h1', { text: q ? `Stories matching “${q}”` : 'Stories' }),
    sortLinks,
    items.length ? el('ol', { class: 'stories' }, items) : muted(q ? 'No story matches this search.' : 'No stories yet. Ingest some articles (crosscheck ingest, or POST /api/articles).'),
  );
}
