import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { claimSources, type SupportPlace } from '../src/analyze/claims/claim-sources.js';
import { copyOrigin } from '../src/analyze/sources/wire.js';
import { docFromText } from '../src/ingest/ingest.js';
import type { ArticleDoc } from '../src/model/article.js';
import type { Story } from '../src/model/dossier.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { article } from './story-fixtures.js';

/** An article with title, byline and dateline read from its text, as ingest does. */
const structured = (id: string, text: string, outlet: string | null = null): ArticleDoc =>
  analyseDoc(docFromText(text, outlet ? { source: `${id}.txt`, id, outlet } : { source: `${id}.txt`, id }));

/** The support place of `doc` in the sentence holding `words`. */
function place(doc: ArticleDoc, words: string): SupportPlace {
  const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes(words));
  assert.ok(s, `no sentence with "${words}" in ${doc.id}`);
  return { doc, sentence: s };
}

const flagsOf = (story: Story, id: string) => story.articles.find((a) => a.id === id)!.flags;

const FACT = 'The Orvell council approved the new tram budget on Monday';

test('an article that credits the fact to another outlet counts for that outlet; two such articles count once', () => {
  const a = article('a', 'Alpha Times', `${FACT}, according to Reuters.`);
  const b = article('b', 'Beta Post', `${FACT}, Reuters reported.`);
  const c = article('c', 'Gamma Herald', `${FACT}, council clerk Ines Varga said.`);
  const story = buildStory('s', [a, b, c]);
  const src = claimSources(story, [place(a, FACT), place(b, FACT), place(c, FACT)]);
  assert.deepEqual(src.independentSources, ['Reuters', 'Gamma Herald']);
  assert.deepEqual(src.via, ['Reuters', 'Reuters', null]);
  assert.deepEqual(src.origin, ['Reuters', 'Reuters', 'Gamma Herald']);
  assert.deepEqual(src.dependent, []);
});

test('a credit in the next sentence that refers back to the fact counts ("… confirmed this decision")', () => {
  const a = article('a', null, `${FACT}. According to Reuters, two officials confirmed this decision.`);
  // b reports the fact in its own words with its own source (the same sentence word for word would
  // be a's shared copy; an unsourced two-line text is low-information and adds nobody)
  const b = article('b', null, 'On Monday the new tram budget was approved by the council of Orvell, clerk Ines Varga said. The mayor praised the council.');
  const story = buildStory('s', [a, b]);
  const src = claimSources(story, [place(a, FACT), place(b, 'tram budget was approved')]);
  assert.deepEqual(src.via, ['Reuters', null]);
  assert.deepEqual(src.independentSources, ['Reuters', 'b'], JSON.stringify(src.dependent));
});

test('wire copies count once: dateline agency, wire byline and credit line name the originator', () => {
  const wire = structured('w', `Council approves tram budget\nBy The Associated Press | Mar 03, 2031\nORVELL (AP) — ${FACT}. Clerk Ines Varga said the vote was 7 to 2.`);
  const local = structured('l', `Tram budget passes\nBy Delta Courier Staff | Mar 03, 2031\nORVELL (AP) — ${FACT}, the clerk said.`);
  const reprint = structured('r', `Tram money approved\nBy Epsilon Daily Staff | Mar 04, 2031\n${FACT}, clerk Ines Varga said.\nThis article was originally published by The Associated Press.`);
  assert.equal(wire.outlet, 'AP', 'the wire’s own outlet, from its dateline');
  assert.equal(copyOrigin(wire), null, 'a wire story is no copy of itself (AP = Associated Press)');
  assert.equal(copyOrigin(local)?.outlet, 'Associated Press');
  assert.equal(copyOrigin(reprint)?.outlet, 'Associated Press');
  const own = structured('o', `Tram budget\nBy Zeta Ledger Staff | Mar 04, 2031\nORVELL (Zeta Ledger) — ${FACT}, clerk Ines Varga told the Zeta Ledger.`);
  assert.equal(copyOrigin(own), null, 'an article’s own outlet in its dateline is no copy');
  const story = buildStory('s', [wire, local, reprint, own]);
  const src = claimSources(story, [place(wire, FACT), place(local, FACT), place(reprint, FACT), place(own, FACT)]);
  // spelt as in the article table
  assert.deepEqual(src.independentSources, ['AP', 'Zeta Ledger']);
  assert.deepEqual(src.via, [null, null, null, null], 'a dateline or self-credit is not a credit');
});

test('near-duplicates count with their original', () => {
  const body = `${FACT}. Clerk Ines Varga said the vote was seven to two. The budget adds four trams and a night line to the airport from June.`;
  const orig = structured('orig', `Budget\nBy Alpha Times Staff | Mar 03, 2031\n${body}`);
  const copy = structured('copy', `Budget passes\nBy Beta Post Staff | Mar 04, 2031\n${body}`);
  const story = buildStory('s', [orig, copy]);
  assert.equal(story.articles.find((a) => a.id === 'copy')!.duplicateOf, 'orig');
  const src = claimSources(story, [place(orig, FACT), place(copy, FACT)]);
  assert.deepEqual(src.independentSources, ['Alpha Times']);
});

const FILLER =
  'In a significant development, authorities have taken action following concerns about the tram budget in the region. The move comes amid growing attention to transport. ' +
  'The decision has raised questions about the state of critical infrastructure and its impact on local communities. Observers are closely monitoring the situation as it continues to unfold. ' +
  'In sum, the developments highlight the importance of transport and will likely shape the conversation moving forward.';

test('an article with no source of its own for the fact and a low-information flag adds no independent confirmation, and says why', () => {
  const a = article('a', 'Alpha Times', `${FACT}, clerk Ines Varga said.`);
  const thin = article('thin', 'Flash Digest', FILLER);
  const story = buildStory('s', [a, thin]);
  assert.ok(flagsOf(story, 'thin').includes('low-information'), flagsOf(story, 'thin').join());
  const src = claimSources(story, [place(a, FACT), place(thin, 'authorities have taken action')]);
  assert.deepEqual(src.independentSources, ['Alpha Times']);
  assert.deepEqual(src.origin, ['Alpha Times', null]);
  assert.equal(src.dependent.length, 1);
  assert.equal(src.dependent[0]!.article, 'thin');
  assert.match(src.dependent[0]!.reason, /no source of its own.*low-information/);
});

const OPINION =
  'The council approved the tram budget on Monday, but the real scandal is how long this took. It is widely believed that the council cared more about budgets than riders. ' +
  'Perhaps the money was quietly diverted elsewhere. It seems likely that other lines are in the same shameful state. The only logical conclusion is that the system is broken.';

test('an opinion piece without a source of its own adds nothing; the same piece quoting a named source for the fact still counts', () => {
  const op = article('op', 'Meridian Opinion', OPINION);
  const a = article('a', 'Alpha Times', `${FACT}, clerk Ines Varga said.`);
  const story = buildStory('s', [a, op]);
  assert.ok(flagsOf(story, 'op').includes('opinion'), flagsOf(story, 'op').join());
  const src = claimSources(story, [place(a, FACT), place(op, 'approved the tram budget')]);
  assert.deepEqual(src.independentSources, ['Alpha Times']);
  assert.match(src.dependent[0]!.reason, /flagged .*opinion/);

  const sourced = article('op2', 'Meridian Opinion', OPINION.replace('The council approved the tram budget on Monday,', 'The council approved the tram budget on Monday, clerk Ines Varga said,'));
  const story2 = buildStory('s2', [a, sourced]);
  assert.ok(flagsOf(story2, 'op2').includes('opinion'));
  const src2 = claimSources(story2, [place(a, FACT), place(sourced, 'approved the tram budget')]);
  assert.deepEqual(src2.independentSources, ['Alpha Times', 'Meridian Opinion']);
  assert.deepEqual(src2.dependent, []);
});

test('a copy of an original it does not name ("Read the original article here") adds no independent confirmation', () => {
  const a = article('a', 'Alpha Times', `${FACT}, clerk Ines Varga said.`);
  const copy = structured('copy', `Tram budget\n${FACT}, officials said.\n\nRead the original article here`);
  const story = buildStory('s', [a, copy]);
  const src = claimSources(story, [place(a, FACT), place(copy, FACT)]);
  assert.deepEqual(src.independentSources, ['Alpha Times']);
  assert.match(src.dependent[0]!.reason, /does not name.*Read the original article here/);
});

test('unnamed reports count for the outlet credited with the first report when a supporting article credits it, else for nobody', () => {
  const relay = article('relay', null, `According to the reports, ${FACT.charAt(0).toLowerCase()}${FACT.slice(1)}.`);
  const crediting = article('cred', 'Beta Post', `${FACT}, officials told the Gamma Herald. The Orvell Evening Post, which first reported the vote, said it was close.`);
  const story = buildStory('s', [relay, crediting]);
  assert.equal(story.provenance.firstReporter, 'The Orvell Evening Post');
  const src = claimSources(story, [place(relay, 'the Orvell council'), place(crediting, FACT)]);
  assert.deepEqual(src.independentSources, ['The Orvell Evening Post', 'The Gamma Herald']);
  // without the crediting article among the supporters, the relay confirms nothing
  const alone = claimSources(story, [place(relay, 'the Orvell council')]);
  assert.deepEqual(alone.independentSources, []);
  assert.match(alone.dependent[0]!.reason, /relays unnamed reports \(“According to the reports”\)/);
  // an article that names its sources is not a relay
  const own = article('own', null, `${FACT}, clerk Ines Varga said.`);
  const story2 = buildStory('s2', [own, crediting]);
  assert.deepEqual(claimSources(story2, [place(own, FACT)]).independentSources, ['own']);
});

test('"reportedly" and "media reports" are unnamed reports; "the authority reports that" is not', () => {
  const r1 = article('r1', 'Alpha Times', `${FACT.replace('approved', 'reportedly approved')}.`);
  const r2 = article('r2', 'Beta Post', `${FACT}, media reports said.`);
  const named = article('n', 'Gamma Herald', `The transit authority reports that ${FACT.charAt(0).toLowerCase()}${FACT.slice(1)}.`);
  const story = buildStory('s', [r1, r2, named]);
  assert.equal(story.provenance.firstReporter, null);
  const src = claimSources(story, [place(r1, 'council'), place(r2, FACT), place(named, 'council')]);
  assert.deepEqual(src.independentSources, ['Gamma Herald']);
  assert.deepEqual(src.dependent.map((d) => d.article), ['r1', 'r2']);
});

test('provenance: no self-credit in the cited list; the first reporter is spelt as in the article table', () => {
  const own = article('own', 'Valley Standard', 'About 2,100 residents were evacuated on Thursday, officials told the Valley Standard.');
  const other = article('other', 'Coastline Wire', 'The authority ordered the drawdown, according to the Harlow Bay Ledger, which first reported the cracks.');
  const ledger = article('ledger', 'Harlow Bay Ledger', 'The authority ordered the drawdown on Thursday, its chief executive said.');
  const story = buildStory('s', [own, other, ledger]);
  assert.deepEqual(story.provenance.cited.map((c) => [c.name, c.citedBy, c.firstReport]), [['Harlow Bay Ledger', ['other'], true]]);
  assert.equal(story.provenance.firstReporter, 'Harlow Bay Ledger');
  assert.ok(!story.attributions.some((a) => a.article === 'own' && a.citedKind === 'outlet'));
  const src = claimSources(story, [place(own, 'evacuated')]);
  assert.deepEqual(src.via, [null]);
  assert.deepEqual(src.independentSources, ['Valley Standard']);
});
