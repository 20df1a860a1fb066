import { el, section } from './dom.js';
import { articleIndex, domId, fmtDate, labelNote, outletLabel, outletName, readerHref } from './format.js';

/** The outlet's name; a stand-in label (file name, host) in italics, saying why. */
function outletTag(a) {
  const label = outletLabel(a);
  const note = labelNote(label);
  return el('strong', { class: note ? 'unnamed' : null, title: note, text: label.text });
}

// Which end of each score is good: high hedging is a warning, not a success. The meter's
// low/high/optimum make the browser colour it by meaning (good, middling, poor).
const SCORES = [
  ['originality', 'Originality', 'high'],
  ['specificity', 'Specificity', 'high'],
  ['sourcing', 'Sourcing', 'high'],
  ['hedging', 'Hedging', 'low'],
];

function scoreMeter(key, label, good, value) {
  const level = (good === 'high' ? value : 1 - value) >= 2 / 3 ? 'good' : (good === 'high' ? value : 1 - value) >= 1 / 3 ? 'fair' : 'poor';
  const words = { good: 'good', fair: 'middling', poor: good === 'low' ? 'a warning' : 'weak' }[level];
  return el(
    'dd',
    { class: `score ${level}` },
    el('meter', { min: 0, max: 1, low: 1 / 3, high: 2 / 3, optimum: good === 'high' ? 1 : 0, value, title: `${label} ${value.toFixed(2)}: ${words}`, 'aria-label': `${label}: ${words}` }),
    el('span', { class: 'num', text: value.toFixed(2) }),
  );
}

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
            SCORES.map(([key, label, good]) => [el('dt', { text: label }), scoreMeter(key, label, good, a.scores[key])]),
          ),
        ),
      ),
    ),
  );
}
