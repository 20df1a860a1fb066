import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyEntityType, type TypedMention } from '../src/analyze/entities/entity-type.js';
import type { EntityType } from '../src/model/annotation.js';

/** A mention typed `type`, in the sentence `text` where the name stands as `X`. */
function mention(type: EntityType, text: string, score?: number): TypedMention {
  const [before, after] = text.split('X') as [string, string];
  const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0);
  return { type, before: words(before), after: words(after), ...(score === undefined ? {} : { score }) };
}

test('a village the tagger calls a person is a place by its context', () => {
  const mentions = [
    mention('person', 'residents living below the dam in the village of X had been asked to leave'),
    mention('person', 'School bus routes change in X'),
    mention('place', 'officials in X said the water was receding'),
  ];
  assert.equal(storyEntityType('Tarrow Mill', mentions), 'place');
});

test('without context the mentions vote, weighted by score', () => {
  assert.equal(storyEntityType('Alder Holt', [mention('person', 'X said'), mention('place', 'X said'), mention('person', 'X added')]), 'person');
  assert.equal(storyEntityType('Alder Holt', [mention('person', 'X said', 0.4), mention('organization', 'X said', 0.9)]), 'organization');
  // the first mention does not decide
  assert.equal(storyEntityType('Brannock', [mention('place', 'X said'), mention('organization', 'X said'), mention('organization', 'X said')]), 'organization');
});

test('outlets are organisations whatever the tagger said', () => {
  for (const name of ['Coastline Wire', 'Harlow Bay Ledger', 'The Harlow Bay Ledger', 'Valley Standard', 'The Record', 'Reuters']) {
    assert.equal(storyEntityType(name, [mention('place', 'according to the X'), mention('place', 'told X')]), 'organization', name);
  }
});

test('roles and titles are no entities', () => {
  assert.equal(storyEntityType('Harlow Bay Mayor', [mention('organization', 'X Jane Doe said')]), null);
  assert.equal(storyEntityType('Chief executive', [mention('organization', 'X of the company')]), null);
  assert.equal(storyEntityType('Defense Secretary', [mention('organization', 'the X said')]), null);
  assert.equal(storyEntityType('Secretary of State', [mention('person', 'the X said')]), null);
});

test('a person whose name ends in a title word stays a person', () => {
  assert.equal(storyEntityType('Martin Luther King', [mention('person', 'X said'), mention('person', 'X wrote')]), 'person');
  assert.equal(storyEntityType('Carole King', [mention('person', 'X sang'), mention('organization', 'X')]), 'person');
});

test('an honorific makes a person of a name typed otherwise', () => {
  assert.equal(storyEntityType('Pellow', [mention('place', 'Mr. X said'), mention('place', 'X said'), mention('person', 'Ms. X')]), 'person');
});

test('an empty name is no entity', () => {
  assert.equal(storyEntityType('  ', [mention('person', 'X said')]), null);
});

test('"the X area" and "the X region" make X a place against a tagger that calls it other', () => {
  const area = (after: string[]) => ({ type: 'other' as const, before: ['in', 'the'], after });
  assert.equal(storyEntityType('Harlow Bay', [area(['area']), area(['region']), { type: 'place', before: ['in'], after: ['on'] }]), 'place');
  assert.equal(storyEntityType('Harlow Bay', [area(['festival']), area(['festival'])]), 'other');
});
