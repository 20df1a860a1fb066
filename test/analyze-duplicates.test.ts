import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { docFromText } from '../src/ingest/ingest.js';
import { analyseDoc } from '../src/nlp/pipeline.js';

const body =
  'A landslide closed the coastal road between Brennick and Olla on Sunday after three days of heavy rain, the regional roads agency said. ' +
  'Crews expect to reopen one lane by Wednesday. Agency spokesman Piet Arends said about 400 cubic metres of rock had fallen onto the road. ' +
  '"We will not reopen until the slope is stable," Arends said. Buses between the two towns will take the inland route.';

test('a syndicated copy in a story points at its original and is flagged near-duplicate; other articles are not', () => {
  const original = analyseDoc(docFromText(`Landslide shuts coast road\nBy Brennick Post Staff | Jun 02, 2031\n${body}`, { source: 'a.txt', id: 'orig' }));
  const copy = analyseDoc(docFromText(`Coast road shut by landslide\nBy Olla Herald Staff | Jun 03, 2031\n${body}`, { source: 'b.txt', id: 'copy' }));
  const other = analyseDoc(
    docFromText(
      'Road agency checks slopes after landslide\nBy Coast Radio | Jun 03, 2031\nGeologists from the roads agency began surveying the slopes above the Brennick road on Monday. They said the rain had loosened the upper layer of clay along a kilometre of cliff.',
      { source: 'c.txt', id: 'other' },
    ),
  );
  const story = buildStory('s-test', [copy, other, original]);
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  assert.equal(byId.get('copy')?.duplicateOf, 'orig');
  assert.ok(byId.get('copy')?.flags.includes('near-duplicate'));
  assert.equal(byId.get('orig')?.duplicateOf, null);
  assert.equal(byId.get('other')?.duplicateOf, null);
  assert.ok(!byId.get('other')?.flags.includes('near-duplicate'));
});
