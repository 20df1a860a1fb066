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

/** Page furniture by definition: the article's own header (title, kicker, byline, dates), footer, navigation, asides, figures (image + caption). */
const FURNITURE_TAGS = new Set(['ASIDE', 'FIGURE', 'FOOTER', 'HEADER', 'NAV']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A paragraph that is (nearly) all link text is a "related" entry or a link list, not prose;
 * real paragraphs link a few words.
 */
const MAX_LINK_SHARE = 0.8;

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private parts: string[] = [];
  private chars = 0;
  private linkChars = 0;

  text(value: string, inLink: boolean): void {
    this.parts.push(value);
    const n = value.trim().length;
    this.chars += n;
    if (inLink) this.linkChars += n;
  }

  /** Close the open paragraph; empty ones vanish. */
  flush(): void {
    if (this.parts.length === 0) return;
    const paragraph = this.parts.join('').replace(/\s+/g, ' ').trim();
    const linkShare = this.chars === 0 ? 0 : this.linkChars / this.chars;
    this.parts = [];
    this.chars = 0;
    this.linkChars = 0;
    if (paragraph && linkShare < MAX_LINK_SHARE) this.paragraphs.push(paragraph);
  }
}

/**
 * A boilerplate-named element holding this share of the container's text is not furniture but
 * a wrapper with an unlucky class ("entry-content-read-more", "advertisement-pusher"): walk it.
 */
const MAX_BOILERPLATE_SHARE = 0.35;

function walk(node: Node, out: ParagraphWriter, totalChars: number, inLink: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.text(child.nodeValue ?? '', inLink);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || ((FURNITURE_TAGS.has(tag) || isBoilerplate(el)) && (el.textContent ?? '').length < MAX_BOILERPLATE_SHARE * totalChars)) {
      // A skipped inline element still separates words on either side.
      out.text(' ', false);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.flush();
    if (tag === 'TD' || tag === 'TH') out.text(' ', false);
    walk(el, out, totalChars, inLink || tag === 'A');
    if (block) out.flush();
  }
}

export function blockParagraphs(root: Node): string[] {
  const out = new ParagraphWriter();
  walk(root, out, (root.textContent ?? '').length, false);
  out.flush();
  return out.paragraphs;
}
