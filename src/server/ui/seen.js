// What the reader saw last time, kept in localStorage, so the desk can mark what changed since:
// new articles, claims that became corroborated or disputed, stories updated in the list.

const read = (key) => {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
};
const write = (key, value) => {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the desk works, it just cannot mark changes.
  }
};

/**
 * Compare a story with the last look at it and record this look. `carry` is the result of the
 * previous look in this visit, so marks made by a live update stay until the reader leaves.
 * Returns `{ articles: Set<id>, claims: Map<id, status> }`: new articles, claims now corroborated
 * or disputed (new claims count when they arrive with that status). Nothing on a first look.
 */
export function changesSinceSeen(story, carry) {
  const key = `cc-seen:${story.id}`;
  const before = read(key);
  const articles = new Set(carry?.articles ?? []);
  const claims = new Map(carry?.claims ?? []);
  if (before) {
    const seenArticles = new Set(before.articles);
    for (const a of story.articles) if (!seenArticles.has(a.id)) articles.add(a.id);
    for (const c of story.claims) {
      const was = before.claims[c.id];
      if (c.status !== was && (c.status === 'corroborated' || c.status === 'disputed')) claims.set(c.id, c.status);
    }
  }
  write(key, { articles: story.articles.map((a) => a.id), claims: Object.fromEntries(story.claims.map((c) => [c.id, c.status])) });
  return { articles, claims };
}

/** Stories new or updated since the list was last looked at (by their dossier time); records this look. */
export function listChangesSinceSeen(stories, carry) {
  const before = read('cc-seen:list');
  const changed = new Map(carry ?? []);
  if (before) for (const s of stories) if (before[s.id] !== s.updatedAt) changed.set(s.id, before[s.id] === undefined ? 'new' : 'updated');
  write('cc-seen:list', { ...(before ?? {}), ...Object.fromEntries(stories.map((s) => [s.id, s.updatedAt])) });
  return changed;
}
