import { isBoilerplate } from './boilerplate.js';

/**
 * Plain text of an extracted content element as paragraphs separated by "\n\n": every block
 * element (and <br>) ends a paragraph, so headings, list items and table rows stand alone;
 * whitespace inside a paragraph collapses to single spaces. Boilerplate subtrees (captions,
 * share bars, related links; see boilerplate.ts) are skipped during the same walk, so cleaning
 * costs no extra DOM pass.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Never text of the article: media, scripts, form controls, captions. */
const SKIP_TAGS = new Set([
  'AUDIO', 'BUTTON', 'CANVAS', 'FIGCAPTION', 'IFRAME', 'IMG', 'INPUT', 'NOSCRIPT', 'OBJECT', 'PICTURE', 'SCRIPT',
  'SELECT', 'STYLE', 'SVG', 'TEMPLATE', 'TEXTAREA', 'VIDEO',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private parts: string[] = [];

  text(value: string): void {
    this.parts.push(value);
  }

  /** Close the open paragraph; empty ones vanish. */
  flush(): void {
    if (this.parts.length === 0) return;
    const paragraph = this.parts.join('').replace(/\s+/g, ' ').trim();
    this.parts = [];
    if (paragraph) this.paragraphs.push(paragraph);
  }
}

/**
 * A boilerplate-named element holding this share of the container's text is not furniture but
 * a wrapper with an unlucky class ("entry-content-read-more", "advertisement-pusher"): walk it.
 */
const MAX_BOILERPLATE_SHARE = 0.35;

function walk(node: Node, out: ParagraphWriter, totalChars: number): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.text(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || (isBoilerplate(el) && (el.textContent ?? '').length < MAX_BOILERPLATE_SHARE * totalChars)) {
      // A skipped inline element still separates words on either side.
      out.text(' ');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.flush();
    if (tag === 'TD' || tag === 'TH') out.text(' ');
    walk(el, out, totalChars);
    if (block) out.flush();
  }
}

export function blockParagraphs(root: Node): string[] {
  const out = new ParagraphWriter();
  walk(root, out, (root.textContent ?? '').length);
  out.flush();
  return out.paragraphs;
}
