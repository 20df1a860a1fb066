// Hash router: #/stories[?q=&sort=], #/story/<id>[?focus=<element id>], #/article/<id>[?s=<start>-<end>&story=<id>].
import { el } from './dom.js';
import { renderStoryList } from './story-list.js';
import { renderStoryPage } from './story-page.js';
import { renderReader } from './reader.js';

const view = () => document.getElementById('view');

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/stories';
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

let generation = 0;

async function route() {
  const mine = ++generation;
  const { parts, params } = parseHash();
  const target = view();
  const swap = (node) => {
    // A slower earlier navigation must not overwrite a newer page.
    if (mine !== generation) return false;
    target.replaceChildren(node);
    return true;
  };
  try {
    let node;
    if (parts[0] === 'story' && parts[1]) node = await renderStoryPage(parts[1], params);
    else if (parts[0] === 'article' && parts[1]) node = await renderReader(parts[1], params);
    else node = await renderStoryList(params);
    if (!swap(node)) return;
    const focus = document.querySelector('[data-autofocus]');
    if (focus) {
      focus.scrollIntoView({ block: 'center' });
      focus.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, 0);
      // After a navigation, move focus to the new content; on first load leave it at the top
      // so the skip link is the first Tab stop.
      if (mine > 1) target.focus({ preventScroll: true });
    }
    const h1 = target.querySelector('h1');
    document.title = (h1 ? h1.textContent + ' · ' : '') + 'crosscheck desk';
  } catch (e) {
    swap(el('div', { class: 'error', role: 'alert' }, el('h1', { text: 'Something went wrong' }), el('p', { text: `${e.code ?? 'error'}: ${e.message}` }), el('p', {}, el('a', { href: '#/stories', text: 'Back to the story list' }))));
  }
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get('q')?.toString().trim() ?? '';
  location.hash = q ? `#/stories?q=${encodeURIComponent(q)}` : '#/stories';
});

window.addEventListener('hashchange', route);
route();
