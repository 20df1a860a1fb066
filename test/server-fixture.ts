/**
 * A small fictional corpus for the server and UI tests: one three-outlet story whose dossier
 * holds a claim matrix, a discrepancy, quotes (one anonymous), provenance and a cited brief, all
 * anchored at real sentence spans of the stored articles, plus a one-article story.
 * The dossier parts are written here rather than computed, so the UI tests do not depend on
 * the analysis steps' current output.
 */
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import type { Evidence, Story } from '../src/model/dossier.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import type { Repository } from '../src/store/repository.js';
import { storedStory } from '../src/store/summary.js';

export const STORY_ID = 's-lighthouse';
export const OTHER_STORY_ID = 's-budget';

function doc(id: string, outlet: string, title: string, published: string, paragraphs: string[]): ArticleDoc {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const blocks = paragraphs.map((p) => {
    const b = { kind: 'paragraph' as const, start: at, end: at + p.length };
    at += p.length + 2;
    return b;
  });
  const d = newArticle({ id, source: `${id}.txt`, contentHash: `hash-${id}`, text, meta: { url: null, outlet, title, author: null, published }, blocks });
  return analyseDoc(d);
}

export const articles = {
  gazette: () =>
    doc('gazette', 'Calder Gazette', 'Fire guts lamp room of Calder lighthouse', '2031-04-01', [
      'Fire crews in Calder put out a blaze at the old lighthouse on Monday.',
      'The fire destroyed the lamp room, according to the harbour authority. "We were lucky nobody was inside," said harbour master Ilse Brandt.',
      'Repairs will take six months.',
    ]),
  northshore: () =>
    doc('northshore', 'Northshore Daily', 'Calder lighthouse hit by fire', '2031-04-01', [
      'A fire broke out at the Calder lighthouse on Monday, the Calder Gazette first reported.',
      'Firefighters said the blaze destroyed the lamp room. Repairs will take nine months, officials said.',
      '"The structure itself is sound," said an engineer who asked not to be named.',
    ]),
  wire: () =>
    doc('wire', 'Harbour Wire', 'Lighthouse damaged in Calder fire', '2031-04-02', [
      'The Calder lighthouse was damaged by fire on Monday.',
      'The lamp room was not destroyed, a spokesperson insisted. "We were lucky nobody was inside," Ilse Brandt said.',
    ]),
  budget: () =>
    doc('budget', 'Veldmark Post', 'Veldmark council passes harbour budget', '2031-03-20', ['The Veldmark council passed its harbour budget on Thursday after a long debate.']),
};

/** Evidence for the sentence of `d` that contains `phrase`. */
export function sentenceOf(d: ArticleDoc, phrase: string): Evidence {
  const at = d.text.indexOf(phrase);
  if (at < 0) throw new Error(`fixture: "${phrase}" not in ${d.id}`);
  const s = d.sentences.find((x) => x.start <= at && at < x.end) ?? { start: at, end: at + phrase.length };
  return { article: d.id, text: d.text.slice(s.start, s.end), start: s.start, end: s.end };
}

function phraseOf(d: ArticleDoc, phrase: string): Evidence {
  const start = d.text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in ${d.id}`);
  return { article: d.id, text: phrase, start, end: start + phrase.length };
}

export function lighthouseStory(g: ArticleDoc, n: ArticleDoc, w: ArticleDoc): Story {
  const story = buildStory(STORY_ID, [g, n, w]);
  const fire = [sentenceOf(g, 'put out a blaze'), sentenceOf(n, 'A fire broke out'), sentenceOf(w, 'damaged by fire')];
  const lamp = [sentenceOf(g, 'destroyed the lamp room'), sentenceOf(n, 'blaze destroyed the lamp room')];
  const notLamp = sentenceOf(w, 'was not destroyed');
  story.claims = [
    { id: 'c-repairs', text: 'Repairs will take six months', status: 'single-source', independentSources: ['Calder Gazette'], support: [{ ...sentenceOf(g, 'six months'), via: null }], contradiction: [], dependent: [] },
    { id: 'c-lamp', text: 'The fire destroyed the lamp room', status: 'disputed', independentSources: ['Calder Gazette', 'Northshore Daily'], support: lamp.map((e) => ({ ...e, via: null })), contradiction: [notLamp], dependent: [] },
    {
      id: 'c-fire',
      text: 'A fire hit the Calder lighthouse on Monday',
      status: 'corroborated',
      independentSources: ['Calder Gazette', 'Northshore Daily', 'Harbour Wire'],
      support: fire.map((e) => ({ ...e, via: e.article === 'northshore' ? 'Calder Gazette' : null })),
      contradiction: [],
      dependent: [],
    },
  ];
  story.discrepancies = [
    { kind: 'duration', summary: 'How long repairs take: six months vs nine months', articles: ['gazette', 'northshore'], evidence: [phraseOf(g, 'Repairs will take six months'), phraseOf(n, 'Repairs will take nine months')], sides: [{ value: 'six months', articles: ['gazette'] }, { value: 'nine months', articles: ['northshore'] }] },
  ];
  const q1 = phraseOf(g, 'We were lucky nobody was inside');
  const q1Wire = phraseOf(w, 'We were lucky nobody was inside');
  const q2 = phraseOf(n, 'The structure itself is sound');
  story.quotes = [
    { text: q1.text, speaker: 'Ilse Brandt', speakerDescription: 'harbour master', cue: 'said', article: 'gazette', start: q1.start, end: q1.end, alsoIn: ['wire'], repeats: [{ article: 'wire', start: q1Wire.start, end: q1Wire.end }] },
    { text: q2.text, speaker: null, speakerDescription: 'an engineer who asked not to be named', cue: 'said', article: 'northshore', start: q2.start, end: q2.end, alsoIn: [], repeats: [] },
  ];
  const credit = phraseOf(n, 'the Calder Gazette first reported');
  story.attributions = [{ article: 'northshore', cited: 'Calder Gazette', citedKind: 'outlet', cue: 'first reported', text: credit.text, start: credit.start, end: credit.end, firstReport: true }];
  story.provenance = {
    cited: [
      { name: 'Calder Gazette', kind: 'outlet', citedBy: ['northshore'], firstReport: true },
      { name: 'harbour authority', kind: 'organization', citedBy: ['gazette'], firstReport: false },
    ],
    firstReporter: 'Calder Gazette',
    unsourced: ['wire'],
  };
  story.timeline = [{ date: '2031-03-31', text: 'Fire at the Calder lighthouse', articles: ['gazette', 'northshore', 'wire'], evidence: fire }];
  story.brief = [
    { text: 'A fire hit the Calder lighthouse on Monday.', citations: ['gazette', 'northshore', 'wire'], evidence: fire },
    { text: 'Outlets disagree on whether the lamp room was destroyed.', citations: ['gazette', 'wire'], evidence: [lamp[0]!, notLamp] },
  ];
  story.articles = story.articles.map((a) => (a.id === 'wire' ? { ...a, flags: ['no-sources'], scores: { originality: 0.3, specificity: 0.4, sourcing: 0.1, hedging: 0.2 } } : a));
  return story;
}

/** Store the corpus; returns the docs for assertions. */
export async function seedDesk(repo: Repository) {
  const g = articles.gazette();
  const n = articles.northshore();
  const w = articles.wire();
  const b = articles.budget();
  for (const [d, story] of [[g, STORY_ID], [n, STORY_ID], [w, STORY_ID], [b, OTHER_STORY_ID]] as const)
    await repo.saveArticle(d, d.text, { articleId: d.id, storyId: story, day: null, data: '{}' });
  await repo.saveStory(storedStory(lighthouseStory(g, n, w)));
  await repo.saveStory(storedStory(buildStory(OTHER_STORY_ID, [b])));
  return { g, n, w, b };
}
