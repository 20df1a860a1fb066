// Hash router: #/stories[?q=&sort=&from=&to=&outlet=&flag=&status=], #/story/<id>[?focus=<element id>],
// #/article/<id>[?s=<start>-<end>&story=<id>]. Follows the store live (follow.js).
import { el } from './dom.js';
import { renderStoryList } from './story-list.js';
import { renderStoryPage } from './story-page.js';
import { renderReader } from './reader.js';
import { followChanges } from './follow.js';
import { changesSinceSeen, listChangesSinceSeen } from './seen.js';

const view = () => document.getElementById('view');
const loading = () => document.getElementById('loading');

// Back and Forward put the page where the reader left it: the scroll position lives in the
// history entry itself (a new navigation has none, so it starts at the top or at its target).
history.scrollRestoration = 'manual';
let saveTimer = null;
window.addEventListener('scroll', () => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => history.replaceState({ ...(history.state ?? {}), y: window.scrollY }, ''), 150);
});

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/stories';
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

/** What this visit of the current page has marked as changed, so a live update keeps the marks. */
let marks = null;
let generation = 0;

function render({ parts, params }, fresh) {
  if (fresh) marks = null;
  if (parts[0] === 'story' && parts[1]) return renderStoryPage(parts[1], params, (story) => (marks = changesSinceSeen(story, marks)));
  if (parts[0] === 'article' && parts[1]) return renderReader(parts[1], params);
  return renderStoryList(params, (stories) => (marks = listChangesSinceSeen(stories, marks)));
}

function showLoading(on, text) {
  const bar = loading();
  view().setAttribute('aria-busy', on ? 'true' : 'false');
  bar.hidden = !on;
  if (text) document.getElementById('loading-text').textContent = text;
}

const LOADING_TEXT = { story: 'Loading the story…', article: 'Loading the article…' };

async function route() {
  const mine = ++generation;
  const where = parseHash();
  const target = view();
  const restoreY = history.state?.y;
  showLoading(true, LOADING_TEXT[where.parts[0]] ?? 'Loading stories…');
  try {
    const node = await render(where, true);
    if (mine !== generation) return; // a slower earlier navigation must not overwrite a newer page
    target.replaceChildren(node);
    const h1 = target.querySelector('h1');
    document.title = (h1 ? h1.textContent + ' · ' : '') + 'crosscheck desk';
    const focus = target.querySelector('[data-autofocus]');
    if (typeof restoreY === 'number') {
      window.scrollTo({ top: restoreY, behavior: 'instant' }); // not the smooth scrolling of links
      (focus ?? h1)?.focus({ preventScroll: true });
    } else if (focus) {
      // A section goes to the top of the screen; an item is centred unless taller than the screen.
      const tall = focus.getBoundingClientRect().height > window.innerHeight * 0.6;
      focus.scrollIntoView({ block: focus.dataset.autofocus === 'start' || tall ? 'start' : 'center' });
      focus.focus({ preventScroll: true });
    } else {
      window.scrollTo({ top: 0, behavior: 'instant' });
      // After a navigation the page's heading takes the focus (not the whole page, which would be
      // framed); on first load focus stays at the top so the skip link is the first Tab stop.
      if (mine > 1 && h1) {
        h1.setAttribute('tabindex', '-1');
        h1.focus({ preventScroll: true });
      }
    }
  } catch (e) {
    if (mine !== generation) return;
    target.replaceChildren(
      el('div', { class: 'error', role: 'alert' }, el('h1', { text: 'Something went wrong' }), el('p', { text: `${e.code ?? 'error'}: ${e.message}` }), el('p', {}, el('a', { href: '#/stories', text: 'Back to the story list' }))),
    );
  } finally {
    if (mine === generation) showLoading(false);
  }
}

/**
 * A live update: re-render the open list or story in place, keeping the reader's place (the
 * element at the top of the screen stays where it was) and the focus when it still exists.
 */
async function refresh(changed) {
  const where = parseHash();
  const open = where.parts[0] === 'story' ? where.parts[1] : where.parts[0] === 'article' ? null : 'list';
  if (open === null || (open !== 'list' && !changed.some((s) => s.id === open))) return;
  const mine = generation;
  const target = view();
  const anchor = [...target.querySelectorAll('[id]')].find((n) => n.getBoundingClientRect().bottom > 0);
  const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
  const focusedId = document.activeElement?.id;
  showLoading(true, 'Updating…');
  try {
    const node = await render(where, false);
    if (mine !== generation) return;
    target.replaceChildren(node);
    const again = anchor?.id ? target.querySelector(`[id="${CSS.escape(anchor.id)}"]`) : null;
    if (again) window.scrollBy({ top: again.getBoundingClientRect().top - anchorTop, behavior: 'instant' });
    const f = focusedId ? document.getElementById(focusedId) : null;
    if (f) f.focus({ preventScroll: true });
    document.getElementById('live').textContent = open === 'list' ? `${changed.length} ${changed.length === 1 ? 'story' : 'stories'} updated` : 'This story was updated';
  } catch {
    // The next change retries.
  } finally {
    if (mine === generation) showLoading(false);
  }
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get('q')?.toString().trim() ?? '';
  location.hash = q ? `#/stories?q=${encodeURIComponent(q)}` : '#/stories';
});

window.addEventListener('hashchange', route);
route();
followChanges(refresh);
