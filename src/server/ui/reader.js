import { getJson } from './api.js';
import { el, muted } from './dom.js';
import { domId, fmtDate, outletName, storyHref } from './format.js';
import { renderMarks } from './highlight.js';

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** For each annotation, the dossier item it belongs to (when the reader was opened from a story). */
function backLinks(doc, story) {
  if (!story) return { claim: () => null, quote: () => null, entity: () => null, article: null };
  const claimOf = (span) => story.claims.find((c) => [...c.support, ...c.contradiction].some((e) => e.article === doc.id && overlaps(e, span)));
  // The entry at this very place (its first place or a word-for-word repeat), else one this article carries in other words.
  const at = (p, span) => p.article === doc.id && overlaps(p, span);
  const quoteOf = (span) =>
    story.quotes.find((q) => at(q, span) || q.repeats.some((r) => at(r, span))) ?? story.quotes.find((q) => q.article !== doc.id && q.alsoIn.includes(doc.id));
  const entityOf = (name) => story.entities.find((e) => e.name === name || e.aliases.includes(name));
  return {
    claim: (span) => {
      const c = claimOf(span);
      return c ? storyHref(story.id, domId('claim', c.id)) : null;
    },
    quote: (span) => {
      const q = quoteOf(span);
      return q ? storyHref(story.id, domId('quote', q.article, q.start)) : storyHref(story.id, 'quotes');
    },
    entity: (name) => {
      const e = entityOf(name);
      return e ? storyHref(story.id, domId('entity', e.name)) : null;
    },
    article: storyHref(story.id, domId('article', doc.id)),
  };
}

function marksOf(doc, links, target) {
  const marks = [];
  for (const a of doc.annotations) {
    switch (a.kind) {
      case 'claim': {
        const href = links.claim(a);
        marks.push({ ...pick(a), kind: 'claim', title: 'claim' + (a.negated ? ' (negated)' : ''), backref: href ? { href, text: '§', label: 'this claim in the dossier' } : null });
        break;
      }
      case 'quote': {
        const href = links.quote(a);
        marks.push({ ...pick(a), kind: 'quote', title: `quote: ${a.speaker ?? a.speakerDescription ?? 'unattributed'}`, backref: href ? { href, text: '❞', label: 'this quote in the dossier' } : null });
        break;
      }
      case 'hedge':
        marks.push({ ...pick(a), kind: 'hedge', title: `${a.category}: ${a.cue}`, href: links.article });
        break;
      case 'entity':
        marks.push({ ...pick(a), kind: 'entity', title: `${a.type}: ${a.name}`, href: links.entity(a.name) });
        break;
      case 'date':
      case 'number':
      case 'attribution':
        break; // shown in the dossier, not highlighted, to keep the text readable
    }
  }
  if (target) marks.push({ ...target, kind: 'target', id: 'target', title: 'cited passage' });
  return marks;
}

const pick = (a) => ({ start: a.start, end: a.end });

function parseSpan(s, length) {
  const m = /^(\d+)-(\d+)$/.exec(s ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Math.min(Number(m[2]), length);
  return start < end ? { start, end } : null;
}

/** The story's other articles, to read on without going back to the story page. */
function otherArticles(story, current) {
  const others = story.articles.filter((a) => a.id !== current);
  if (!others.length) return null;
  return el(
    'section',
    { class: 'panel others', 'aria-labelledby': 'others-h' },
    el('h2', { id: 'others-h', text: 'Other articles in this story' }),
    el('ul', {}, others.map((a) => el('li', {}, el('a', { href: `#/article/${encodeURIComponent(a.id)}?story=${encodeURIComponent(story.id)}`, text: outletName(a) }), a.title ? ` — ${a.title}` : ''))),
  );
}

const BLOCK_TAG = { title: 'h2', heading: 'h3', paragraph: 'p', byline: 'p', dateline: 'p', boilerplate: 'p', caption: 'p' };

/** The article text with its annotations highlighted; `?s=a-b` marks and focuses a passage. */
export async function renderReader(id, params) {
  const storyId = params.get('story');
  const [doc, story] = await Promise.all([getJson(`/api/articles/${encodeURIComponent(id)}`), storyId ? getJson(`/api/stories/${encodeURIComponent(storyId)}`).catch(() => null) : null]);
  const target = parseSpan(params.get('s'), doc.text.length);
  const marks = marksOf(doc, backLinks(doc, story), target);
  const blocks = doc.blocks.length ? doc.blocks : [{ kind: 'paragraph', start: 0, end: doc.text.length }];
  const body = blocks.map((b) => el(BLOCK_TAG[b.kind] ?? 'p', { class: `block ${b.kind}` }, renderMarks(doc.text, b.start, b.end, marks)));
  const page = el(
    'article',
    { class: 'reader' },
    el('p', { class: 'crumbs' }, story ? el('a', { href: storyHref(story.id), text: `← ${story.headline}` }) : el('a', { href: '#/stories', text: '← All stories' })),
    el('h1', { text: doc.title ?? '(untitled article)' }),
    el('p', { class: 'facts' }, [outletName(doc), fmtDate(doc.published), doc.author].filter(Boolean).join(' · '), ' ', doc.url ? el('a', { href: doc.url, rel: 'noopener noreferrer', text: 'original' }) : null),
    el(
      'div',
      { class: 'reader-body' },
      el('div', { class: 'text' }, body),
      // On a wide screen the side column carries the legend, the notes and the story's other
      // articles next to the text; on a narrow one it follows the text.
      el(
        'aside',
        { class: 'reader-side', 'aria-label': 'About this article' },
        el(
          'p',
          { class: 'legend' },
          el('mark', { class: 'hl hl-claim', text: 'claim' }),
          el('mark', { class: 'hl hl-quote', text: 'quote' }),
          el('mark', { class: 'hl hl-entity', text: 'name' }),
          el('mark', { class: 'hl hl-hedge', text: 'hedge' }),
          target ? el('mark', { class: 'hl hl-target', text: 'cited passage' }) : null,
        ),
        doc.messages.length
          ? el(
              'section',
              { class: 'panel notes', 'aria-labelledby': 'notes-h' },
              el('h2', { id: 'notes-h', text: 'Notes' }),
              el('ul', {}, doc.messages.map((m) => el('li', { class: m.severity }, m.reason, ' ', m.end > m.start ? el('q', { text: doc.text.slice(m.start, m.end).slice(0, 120) }) : null))),
            )
          : null,
        story ? otherArticles(story, doc.id) : null,
      ),
    ),
  );
  const t = page.querySelector('#target');
  if (t) {
    t.setAttribute('tabindex', '-1');
    t.setAttribute('data-autofocus', '');
  } else if (params.get('s')) page.prepend(muted('The cited passage is outside this article’s text.'));
  return page;
}
