/**
 * Readability keeps some page furniture inside the article container: captions and photo
 * credits, share/follow bars, "related"/"read more" link lists, newsletter and subscription
 * prompts. They are recognised by their class/id words (publishers name them consistently
 * across CMSs) and by hiding/ARIA attributes. Words are matched as whole pieces of the
 * class or id ("social-share-bar" → social, share, bar) so "shared" or "caption-free" text
 * containers are not hit by substring accidents.
 */

const BOILERPLATE_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'figcaption',
  'share', 'sharing', 'sharebar', 'social', 'socials',
  'related', 'recommended', 'recirc', 'readmore', 'trending', 'popular',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall',
  'promo', 'advert', 'advertisement', 'ad', 'ads', 'sponsored', 'outbrain', 'taboola',
  'breadcrumb', 'breadcrumbs', 'tags', 'comments', 'disqus',
  'byline', 'timestamp', 'dateline',
  'gallery', 'slideshow', 'carousel', 'image', 'img', 'photo', 'picture',
  'sidebar', 'toolbar', 'print', 'copyright', 'cookie', 'modal', 'popup',
  'bio', 'author', 'meta', 'sr', 'skip', 'hidden', 'invisible',
]);


/** Two-word names whose parts alone are too common ("read", "more"). */
const BOILERPLATE_PAIRS = new Set(['read more', 'more stories', 'see also', 'also read', 'you may', 'more from', 'sign up']);

const ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alert']);

function pieces(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Unambiguous words that are also recognised glued to another word ("inlinegallery",
 * "relatedposts", "captiontext"), as a prefix or suffix.
 */
const GLUED_WORDS = ['caption', 'gallery', 'related', 'newsletter', 'sidebar', 'advert', 'slideshow', 'breadcrumb'];

function glued(word: string): boolean {
  return word.length > 7 && GLUED_WORDS.some((g) => word.startsWith(g) || word.endsWith(g));
}

/** "has-image", "content-with-sidebar", "no-ads": state flags of a container, not furniture. */
const MODIFIERS = new Set(['has', 'with', 'no', 'without']);

export function isBoilerplateName(name: string): boolean {
  const words = pieces(name);
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && MODIFIERS.has(words[i - 1]!)) continue;
    if (BOILERPLATE_WORDS.has(words[i]!) || glued(words[i]!)) return true;
    if (i > 0 && BOILERPLATE_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true;
  }
  return false;
}

export function isBoilerplate(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && isBoilerplateName(names);
}
