import { articleLabel, outletLabel } from '../analyze/article-label.js';
import type { Story, StoryArticle } from '../model/dossier.js';

/** How the renderers name a story's articles: by outlet label (file name or host when no outlet is named), each once. */
export function labelsOf(story: Story): (ids: readonly string[]) => string {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  return (ids) => [...new Set(ids.map((id) => (byId.has(id) ? articleLabel(byId.get(id)!) : id)))].join(', ');
}

/** The articles table's outlet cell: the outlet, or its stand-in marked as such ("003_eebf… (file name)"). */
export function outletCell(a: StoryArticle): string {
  const label = outletLabel(a);
  return label.from === 'outlet' ? label.text : `${label.text} (${label.from === 'file' ? 'file name' : label.from === 'host' ? 'host' : 'no outlet named'})`;
}
