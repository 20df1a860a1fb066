import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, type ArticleDoc } from '../src/model/article.js';
import type { EntityType } from '../src/model/annotation.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { buildStory } from '../src/analyze/build-story.js';
import { entitiesStoryStep } from '../src/analyze/entities/story-entities.js';
import { storyEntityType, type TypedMention } from '../src/analyze/entities/entity-type.js';
import { isCommonNoun, isLowerCaseNoun } from '../src/nlp/ner/common-noun.js';
import { joinsPlaces } from '../src/analyze/entities/entity-evidence.js';
import { groupKey } from '../src/analyze/entities/entity-keys.js';

/** A mention typed `type`, in the words `text` where the name stands as `X`. */
function mention(type: EntityType, text: string, sentenceStart = false): TypedMention {
  const [before, after] = text.split('X') as [string, string];
  const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0);
  return { type, before: words(before), after: words(after), sentenceStart };
}

test('WordNet tells lower-case common nouns from names it writes capitalised', () => {
  assert.equal(isLowerCaseNoun('News'), true);
  assert.equal(isLowerCaseNoun('Tram'), true);
  assert.equal(isLowerCaseNoun('Oval Office'), false); // WordNet writes it "Oval_Office"
  assert.equal(isLowerCaseNoun('Reuters'), false);
  assert.equal(isLowerCaseNoun('Hegseth'), false);
  // closed compounds WordNet lacks are common nouns when both parts are
  assert.equal(isLowerCaseNoun('Warfighter'), false);
  assert.equal(isCommonNoun('Warfighter'), true);
  assert.equal(isCommonNoun('Okafor'), false);
});

test('a one-word common noun capitalised only at sentence starts is no entity', () => {
  const starts = [mention('organization', 'X outlets confirmed the order', true)];
  assert.equal(storyEntityType('News', starts, { lowerCaseInStory: true }), null);
  assert.equal(storyEntityType('Tram', [mention('place', 'X strike : talks set for Friday', true)], { lowerCaseInStory: true }), null);
  // the story never writes it in lower case, or a mention stands mid-sentence: a name
  assert.equal(storyEntityType('News', starts, { lowerCaseInStory: false }), 'organization');
  assert.equal(storyEntityType('News', [...starts, mention('organization', 'a report by X said')], { lowerCaseInStory: true }), 'organization');
  // a personal name the gazetteer knows stays one ("Bill said")
  assert.equal(storyEntityType('Bill', [mention('person', 'X said he would stay', true)], { lowerCaseInStory: true, knownPerson: true }), 'person');
  // a word WordNet has no lower-case noun for is a name
  assert.equal(storyEntityType('Orvell', [mention('place', 'X council met', true)], { lowerCaseInStory: true }), 'place');
});

test('"the <common noun>" heading its phrase is not a person', () => {
  const warfighter = mention('person', 'the safety of the X in all operations');
  assert.equal(storyEntityType('Warfighter', [warfighter]), null);
  // another type's votes still stand
  assert.equal(storyEntityType('Warfighter', [warfighter, mention('organization', 'X magazine said')]), 'organization');
  // a name modifying a noun after "the" ("the Trump administration") is still a person
  assert.equal(storyEntityType('Trump', [mention('person', 'officials in the X administration said')]), 'person');
  // not after "the", or a known personal name
  assert.equal(storyEntityType('Warfighter', [mention('person', 'said X on Monday')]), 'person');
  assert.equal(storyEntityType('Warfighter', [warfighter], { knownPerson: true }), 'person');
});

/** A fictional article of one outlet, one paragraph per line. */
function doc(id: string, outlet: string, text: string): ArticleDoc {
  const blocks = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph' as const, start: at, end: at + line.length });
    at += line.length + 1;
  }
  const meta = { url: null, outlet, title: null, author: null, published: null };
  return analyseDoc(newArticle({ id, source: `${id}.txt`, contentHash: id, text, meta, blocks }));
}

test('the story resolves "the Ledger" to its outlet and drops sentence-start common nouns', () => {
  const docs = [
    doc('a', 'Brannock Vale Ledger', 'The dam at Brannock Vale cracked on Monday, engineers said.\nSubscribe to the Ledger for more local news.'),
    doc('b', 'Orvell Wire', 'The Brannock Vale Ledger first reported the crack on Monday.\nNews outlets confirmed the report on Tuesday.'),
  ];
  const story = buildStory('s', docs, [entitiesStoryStep]);
  const names = story.entities.map((e) => e.name);
  const ledger = story.entities.filter((e) => /Ledger/.test(e.name));
  assert.equal(ledger.length, 1, JSON.stringify(names));
  assert.match(ledger[0]!.name, /^(?:The )?Brannock Vale Ledger$/);
  assert.ok(ledger[0]!.aliases.includes('Ledger'), JSON.stringify(ledger[0]));
  assert.equal(ledger[0]!.type, 'organization');
  assert.ok(!names.includes('News'), JSON.stringify(names));
});

test('a hyphen-joined pair of the story\'s places is a relation, not an entity', () => {
  // keys as the story groups them ("US" = "United States")
  const places = new Set(['US', 'Russia', 'Ukraine'].map(groupKey));
  assert.equal(joinsPlaces('US-Russia', places), true);
  assert.equal(joinsPlaces('Russia–Ukraine', places), true);
  assert.equal(joinsPlaces('Jean-Noël', places), false);
  assert.equal(joinsPlaces('Russia', places), false);
  assert.equal(joinsPlaces('Russia-Kerman', places), false);
  const story = buildStory('s', [doc('c', 'Orvell Wire', 'Officials in Brannock and in Kerman met at the border.\nThe Brannock-Kerman talks ended on Monday in Kerman.')], [entitiesStoryStep]);
  const names = story.entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(names.includes('Kerman/place') && !names.some((n) => n.startsWith('Brannock-Kerman')), JSON.stringify(names));
});
