import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import { claimSources } from '../src/analyze/claims/claim-sources.js';
import { isSharedCopy } from '../src/analyze/sources/wire.js';
import { analysedSentences, type ArticleDoc } from '../src/model/article.js';

const WIRE = 'The regional water authority said on Monday it would lower the reservoir by four metres before the autumn rains.';

test('shared copy: identical or near-identical sentences, not paraphrases or short stock lines', () => {
  assert.equal(isSharedCopy(WIRE, WIRE.toUpperCase().replace('.', '!')), true);
  assert.equal(isSharedCopy(WIRE, WIRE.replace('on Monday ', '')), true);
  assert.equal(isSharedCopy(WIRE, 'Officials plan to drain four metres from the reservoir ahead of autumn, the water authority announced Monday.'), false);
  assert.equal(isSharedCopy('He declined to comment.', 'He declined to comment.'), false);
});

const doc = (id: string, outlet: string, published: string, text: string) => analyseDoc(docFromText(text, { source: `${id}.txt`, id, outlet, published }));
const sentenceWith = (d: ArticleDoc, words: string) => {
  const s = analysedSentences(d).find((x) => d.text.slice(x.start, x.end).includes(words));
  assert.ok(s, `no sentence with "${words}" in ${d.id}`);
  return s;
};

test('a supporting sentence that is another outlet’s copy counts with that outlet', () => {
  const a = doc('a', 'Harbour Gazette', '2025-03-03', `Farmers in the valley fear for their crops this summer.\n\n${WIRE}\n\nThe Gazette visited three farms near the dam.\n\n"We planted 40 hectares in March," said Jonas Berg, who farms 120 hectares near Kessel.`);
  const b = doc('b', 'Northshore Times', '2025-03-04', `Anglers say the lake has never been this busy.\n\n${WIRE.replace('before the autumn rains', 'before the autumn rains arrive')}\n\nLocal tackle shops report record sales.\n\n"We sold 300 rods in February," said Maria Olsen, who owns a shop in Kessel.`);
  const c = doc('c', 'Valley Radio', '2025-03-04', 'Officials plan to drain four metres from the reservoir ahead of autumn, the water authority announced Monday.\n\nResidents were told at a town meeting.\n\n"The dam needs 12 weeks of repairs," said Elin Sand, the authority’s chief engineer.');
  const story = buildStory('s', [a, b, c]);
  const copied = claimSources(story, [
    { doc: a, sentence: sentenceWith(a, 'water authority') },
    { doc: b, sentence: sentenceWith(b, 'water authority') },
  ]);
  assert.deepEqual(copied.independentSources, ['Harbour Gazette']);
  assert.equal(copied.origin[1], 'Harbour Gazette', JSON.stringify(copied));
  const dep = copied.dependent.find((d) => d.article === 'b');
  assert.match(dep?.reason ?? '', /shared copy.*Harbour Gazette/, JSON.stringify(copied));
  // an own report of the fact in other words is a second, independent source
  const own = claimSources(story, [
    { doc: a, sentence: sentenceWith(a, 'water authority') },
    { doc: b, sentence: sentenceWith(b, 'water authority') },
    { doc: c, sentence: sentenceWith(c, 'water authority') },
  ]);
  assert.deepEqual(own.independentSources, ['Harbour Gazette', 'Valley Radio']);
});

test('two outlets quoting the same words are not shared copy', () => {
  const quote = '“We will all come together to say loudly and clearly that the government belongs to the people,” the senator said.';
  assert.equal(isSharedCopy(quote, quote), false);
  // the end of a quote that began in the sentence before
  const tail = 'We cannot afford to be politically correct about any of this anymore, not for one more day.”';
  assert.equal(isSharedCopy(tail, tail), false);
  assert.equal(isSharedCopy(`${WIRE} “It is necessary,” he said.`, `${WIRE} “It is necessary,” he said.`), true);
});
