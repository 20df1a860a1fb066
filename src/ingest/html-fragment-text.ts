import { parseHTML } from 'linkedom';

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,div,section,article,header,footer,table,tr,ul,ol,dl,dt,dd,figure,hr';
const DROP = 'script,style,noscript,template,iframe,figure,figcaption,img,svg,video,audio,form,button';

/**
 * Plain text of an HTML fragment that is already the article body (a feed item's content), with
 * paragraphs separated by blank lines as the text structurer expects. No main-content detection
 * is needed here: feeds carry only the article, and Readability discards short fragments.
 */
export function htmlFragmentText(fragment: string): string {
  if (!/<[a-z][^>]*>/i.test(fragment)) return decodeEntities(fragment).trim();
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  for (const el of Array.from(document.querySelectorAll(DROP))) el.remove();
  for (const br of Array.from(document.querySelectorAll('br'))) br.replaceWith('\n');
  for (const el of Array.from(document.querySelectorAll(BLOCKS))) {
    el.before('\n\n');
    el.after('\n\n');
  }
  const text = document.body?.textContent ?? '';
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** Feeds sometimes double-escape plain text; decode the common entities of a tag-free string. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const { document } = parseHTML('<!doctype html><html><body><textarea></textarea></body></html>');
  const ta = document.querySelector('textarea')!;
  ta.innerHTML = s;
  return ta.textContent ?? s;
}
