import { getJson } from './api.js';
import { el } from './dom.js';
import { articleIndex, domId, fmtDate, outletKey, outletName, storyHref } from './format.js';
import { renderBrief } from './brief.js';
import { renderMatrix } from './claim-matrix.js';
import { renderDiscrepancies } from './discrepancies.js';
import { renderQuotes } from './quotes.js';
import { renderProvenance } from './provenance-graph.js';
import { renderArticleCards } from './article-cards.js';
import { renderTimeline } from './timeline.js';
import { renderEntities } from './entities.js';

const SECTIONS = [
  ['brief', 'Brief'],
  ['matrix', 'Claims'],
  ['discrepancies', 'Discrepancies'],
  ['quotes', 'Quotes'],
  ['provenance', 'Sources'],
  ['articles', 'Articles'],
  ['timeline', 'Timeline'],
  ['entities', 'Names'],
];

const FORMATS = [
  ['json', 'JSON'],
  ['md', 'Markdown'],
  ['html', 'HTML'],
];

function downloads(id) {
  return el(
    'p',
    { class: 'downloads' },
    'Download the dossier: ',
    FORMATS.map(([f, label], i) => [i ? ' · ' : '', el('a', { href: `/api/stories/${encodeURIComponent(id)}/dossier?format=${f}`, download: '', text: label })]),
    ' · ',
    el('button', { type: 'button', class: 'print', onclick: () => window.print(), text: 'Print a handout' }),
  );
}

/** Mark new articles and claims whose status changed, and sum them up at the top with links. */
function markChanges(page, story, changes) {
  const byId = articleIndex(story);
  const items = [];
  for (const id of changes.articles) {
    const card = page.querySelector(`[id="${CSS.escape(domId('article', id))}"]`);
    if (!card) continue;
    card.classList.add('changed');
    card.querySelector('.card-head')?.append(el('span', { class: 'badge new', text: 'new' }));
    items.push(el('li', {}, 'New article: ', el('a', { href: storyHref(story.id, domId('article', id)), text: `${outletName(byId.get(id))}, ${byId.get(id)?.title ?? '(untitled)'}` })));
  }
  for (const [id, status] of changes.claims) {
    const row = page.querySelector(`[id="${CSS.escape(domId('claim', id))}"]`);
    if (!row) continue;
    row.classList.add('changed');
    row.querySelector('.claim-text')?.append(' ', el('span', { class: `badge new ${status}`, text: `now ${status}` }));
    const claim = story.claims.find((c) => c.id === id);
    items.push(el('li', {}, `Claim now ${status}: `, el('a', { href: storyHref(story.id, domId('claim', id)), text: claim?.text ?? id })));
  }
  if (!items.length) return null;
  return el('section', { class: 'since', 'aria-labelledby': 'since-h' }, el('h2', { id: 'since-h', text: 'Since you last looked' }), el('ul', {}, items));
}

/**
 * One story's dossier; `?focus=<element id>` scrolls to and focuses a dossier item (a section:
 * its heading, at the top of the screen). `changes` (from seen.js) marks what is new.
 */
export async function renderStoryPage(id, params, changesOf) {
  const story = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  const outlets = new Set(story.articles.map(outletKey)).size;
  const sections = [
    renderBrief(story),
    renderMatrix(story),
    renderDiscrepancies(story),
    renderQuotes(story),
    renderProvenance(story),
    renderArticleCards(story),
    renderTimeline(story),
    renderEntities(story),
  ].filter(Boolean);
  const present = new Set(sections.map((s) => s.id));
  const page = el(
    'article',
    { class: 'story-page', 'data-story': story.id },
    el('p', { class: 'crumbs' }, el('a', { href: '#/stories', text: '← All stories' })),
    el('h1', { text: story.headline || '(untitled story)' }),
    el('p', { class: 'facts' }, `${story.articles.length} articles from ${outlets} outlets · ${fmtDate(story.firstPublished)} → ${fmtDate(story.lastPublished)}`),
    downloads(story.id),
    el(
      'nav',
      { class: 'toc', 'aria-label': 'Sections' },
      SECTIONS.filter(([to]) => present.has(to)).map(([to, label]) => el('a', { href: storyHref(story.id, to), text: label })),
    ),
    el('div', { class: 'grid' }, sections),
  );
  const since = changesOf ? markChanges(page, story, changesOf(story)) : null;
  if (since) page.querySelector('.toc').after(since);
  const focus = params.get('focus');
  const target = focus ? page.querySelector(`[id="${CSS.escape(focus)}"]`) : null;
  if (target) {
    if (target.hidden) page.querySelector('#matrix button.more')?.click(); // a folded-away claim row
    // A whole section is not framed: its heading takes the focus and goes to the top of the screen.
    const heading = target.classList.contains('panel') ? target.querySelector('h2') : null;
    const focused = heading ?? target;
    if (!focused.hasAttribute('tabindex')) focused.setAttribute('tabindex', '-1');
    focused.setAttribute('data-autofocus', heading ? 'start' : '');
    if (!heading) target.classList.add('focused');
  }
  return page;
}
