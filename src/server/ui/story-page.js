import { getJson } from './api.js';
import { el } from './dom.js';
import { fmtDate, outletKey } from './format.js';
import { renderBrief } from './brief.js';
import { renderMatrix } from './claim-matrix.js';
import { renderDiscrepancies } from './discrepancies.js';
import { renderQuotes } from './quotes.js';
import { renderProvenance } from './provenance-graph.js';
import { renderArticleCards } from './article-cards.js';
import { renderTimeline } from './timeline.js';
import { renderEntities } from './entities.js';

/** One story's dossier; `?focus=<element id>` scrolls to and focuses a dossier item. */
export async function renderStoryPage(id, params) {
  const story = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  const outlets = new Set(story.articles.map(outletKey)).size;
  const page = el(
    'article',
    { class: 'story-page' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/stories', text: '← All stories' })),
    el('h1', { text: story.headline || '(untitled story)' }),
    el('p', { class: 'facts' }, `${story.articles.length} articles from ${outlets} outlets · ${fmtDate(story.firstPublished)} → ${fmtDate(story.lastPublished)}`),
    el(
      'nav',
      { class: 'toc', 'aria-label': 'Sections' },
      [
        ['brief', 'Brief'],
        ['matrix', 'Claims'],
        ['discrepancies', 'Discrepancies'],
        ['quotes', 'Quotes'],
        ['provenance', 'Sources'],
        ['articles', 'Articles'],
        ['timeline', 'Timeline'],
      ].map(([to, label]) => el('a', { href: `#/story/${encodeURIComponent(id)}?focus=${to}`, text: label })),
    ),
    el(
      'div',
      { class: 'grid' },
      renderBrief(story),
      renderMatrix(story),
      renderDiscrepancies(story),
      renderQuotes(story),
      renderProvenance(story),
      renderArticleCards(story),
      renderTimeline(story),
      renderEntities(story),
    ),
  );
  const focus = params.get('focus');
  const target = focus ? page.querySelector(`[id="${CSS.escape(focus)}"]`) : null;
  if (target) {
    if (target.hidden) page.querySelector('#matrix button.more')?.click(); // a folded-away claim row
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.setAttribute('data-autofocus', '');
    target.classList.add('focused');
  }
  return page;
}
