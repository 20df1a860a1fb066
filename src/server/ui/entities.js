import { el, section } from './dom.js';
import { domId } from './format.js';

const LABEL = { person: 'People', organization: 'Organisations', place: 'Places', other: 'Other' };

/** Who and what the story is about; the reader's entity highlights link here. */
export function renderEntities(story) {
  if (story.entities.length === 0) return null;
  const byType = new Map();
  for (const e of story.entities) {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type).push(e);
  }
  return section(
    'entities',
    'Names',
    [...byType].map(([type, list]) =>
      el(
        'div',
        {},
        el('h3', { text: LABEL[type] ?? type }),
        el(
          'ul',
          { class: 'chips' },
          list
            .sort((a, b) => b.mentions - a.mentions)
            .map((e) =>
              el('li', { id: domId('entity', e.name), title: [...e.roles, ...e.aliases].join(', ') || null }, e.name, el('small', { text: ` ${e.articles.length}/${story.articles.length}` })),
            ),
        ),
      ),
    ),
  );
}
