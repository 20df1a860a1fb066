import { el, section } from './dom.js';
import { articleIndex, domId, fmtDate, labelNote, outletLabel, outletName, readerHref } from './format.js';

/** The outlet's name; a stand-in label (file name, host) in italics, saying why. */
function outletTag(a) {
  const label = outletLabel(a);
  const note = labelNote(label);
  return el('strong', { class: note ? 'unnamed' : null, title: note, text: label.text });
}

const SCORES = [
  ['originality', 'Originality'],
  ['specificity', 'Specificity'],
  ['sourcing', 'Sourcing'],
  ['hedging', 'Hedging'],
];

/** One card per article: outlet, date, title (to the reader), flags and the four scores as bars. */
export function renderArticleCards(story) {
  const byId = articleIndex(story);
  return section(
    'articles',
    'Articles',
    el(
      'ul',
      { class: 'cards' },
      story.articles.map((a) =>
        el(
          'li',
          { class: 'card', id: domId('article', a.id) },
          el('p', { class: 'card-head' }, outletTag(a), ' ', el('time', { datetime: a.published ?? '', text: fmtDate(a.published) })),
          el('h3', {}, el('a', { href: readerHref(a.id, null, story.id), text: a.title ?? '(untitled)' })),
          a.duplicateOf ? el('p', { class: 'muted', text: `copy of ${outletName(byId.get(a.duplicateOf))}` }) : null,
          a.flags.length ? el('p', { class: 'flags' }, a.flags.map((f) => el('span', { class: `flag ${f}`, text: f }))) : null,
          el(
            'dl',
            { class: 'scores' },
            SCORES.map(([key, label]) => [
              el('dt', { text: label }),
              el('dd', {}, el('meter', { min: 0, max: 1, value: a.scores[key], title: a.scores[key].toFixed(2) }), el('span', { class: 'num', text: a.scores[key].toFixed(2) })),
            ]),
          ),
        ),
      ),
    ),
  );
}
