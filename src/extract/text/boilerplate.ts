/**
 * Lines that are page furniture rather than reporting: links to the original, subscription and
 * share prompts, ad labels, copyright notices, image-file remnants of a copy-paste. They stay in
 * the stored text (spans must not move) but are marked `boilerplate` so nothing analyses them.
 * Patterns are generic web phrases, matched only on short lines so that a sentence which merely
 * mentions "subscribe" is never dropped.
 */
const BOILERPLATE: RegExp[] = [
  /^(?:read|see|view) (?:the )?(?:original|full|complete) (?:article|story|report|post|version)\b/i,
  /^(?:read|see) (?:more|also|next|related)\b/i,
  /^(?:also read|related|recommended|more from|more on this|trending|most read|popular)(?: (?:stories|articles|posts|news|now))?\s*[:|]?/i,
  /\bclick here\b/i,
  /^(?:subscribe|sign up|register)(?: now| today| for free)? (?:to|for|with)\b.{0,80}\b(?:newsletters?|updates|alerts|podcasts?|channel|briefing|e-?mails?|digest|inbox)\b/i,
  /^(?:subscribe|sign up|register)(?: now| today| here)?\W*$/i,
  /^(?:download|get) (?:the|our) (?:[\w-]+ ){0,3}app\b/i,
  /^join (?:us|our (?:\w+ )?(?:channel|community|group)) on\b/i,
  /\b(?:newsletter|subscribe|unsubscribe)\b.*\b(?:inbox|sign up|subscribe|email)\b/i,
  /^(?:share|tweet|pin|email)(?: this| the)?(?: (?:article|story|post|page|link))?(?: (?:on|via|with)\b.{0,40})?$/i,
  /^(?:follow|like|join) us\b|^follow (?:@\S+|[\p{Lu}]\S* on)\b/iu,
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|copy link|share)\s*[|•·,/]?\s*){1,8}$/i,
  /^advertisement$|^sponsored(?: content)?$|^ad$|^skip (?:ad|advertisement)$/i,
  /^(?:copyright|©|\(c\))\s|all rights reserved/i,
  /^this (?:article|story|post) (?:was |is )?(?:originally |first )?(?:published|appeared)\b/i,
  /^originally (?:published|appeared)\b/i,
  /^\(?(?:reporting|writing|editing|additional reporting) by\b/i,
  /^listen to (?:this|the) (?:article|story)\b/i,
  /^(?:loading|please wait)\W*$/i,
  /^(?:tags?|topics?|filed under)\s*:/i,
];

/** Left-overs of images pasted as markdown or links: ".jpg)", "![](photo.png)", "image.webp". */
const IMAGE_REMNANT = /^!?\[?[^\s]{0,200}\.(?:jpe?g|png|gif|webp|svg|avif|bmp)(?:\?[^\s]*)?\)?\]?\)?$/i;
const MAX_BOILERPLATE_CHARS = 160;

export function isBoilerplate(line: string): boolean {
  const s = line.trim();
  if (s.length === 0) return false;
  if (IMAGE_REMNANT.test(s)) return true;
  // No letters or digits at all: separators, bullets, stray punctuation.
  if (!/[\p{L}\p{N}]/u.test(s)) return true;
  if (s.length > MAX_BOILERPLATE_CHARS) return false;
  return BOILERPLATE.some((re) => re.test(s));
}

/** Photo credits and captions written as their own line ("Photo: Jane Roe/Agency"). */
const CAPTION = /^(?:\(?(?:photo|image|picture|file photo|illustration|video)(?: credit| courtesy)?s?\s*(?::|by\b|courtesy\b)|\((?:photo|image)s? (?:by|credit|courtesy)\b)/i;

export function isCaption(line: string): boolean {
  const s = line.trim();
  return s.length <= MAX_BOILERPLATE_CHARS * 2 && CAPTION.test(s);
}
