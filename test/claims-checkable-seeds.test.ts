import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docFromText } from '../src/ingest/doc-from-text.js';
import { analyseDoc } from '../src/nlp/pipeline.js';
import { analysedSentences, annotationsOf, type ArticleDoc, type Sentence } from '../src/model/article.js';
import { spanContains } from '../src/model/span.js';
import { SHARED, dataSkip } from './support/data-dir.js';

// Acceptance check on the seeds (never used to choose a rule or threshold: see docs/claims.md).
const skip = dataSkip(existsSync(new URL('seeds/', SHARED)));

const docs = new Map<string, ArticleDoc>();
function seed(id: string): ArticleDoc {
  const cached = docs.get(id);
  if (cached) return cached;
  const dir = fileURLToPath(new URL('seeds/', SHARED));
  const file = readdirSync(dir).find((f) => f.startsWith(id))!;
  const d = analyseDoc(docFromText(readFileSync(dir + file, 'utf8'), { source: file, id }));
  docs.set(id, d);
  return d;
}

function sentence(d: ArticleDoc, opening: string): Sentence {
  const s = analysedSentences(d).find((x) => d.text.slice(x.start, x.end).startsWith(opening));
  assert.ok(s, `no sentence starts with "${opening}"`);
  return s;
}
const claimsIn = (d: ArticleDoc, s: Sentence) => annotationsOf(d, 'claim').filter((c) => spanContains(s, c));
const flagsOn = (d: ArticleDoc, s: Sentence) => d.messages.filter((m) => /^claim-(filler|opinion)$/.test(m.ruleId) && spanContains(s, m)).map((m) => m.ruleId);

/** Seed 002: sentences that report no checkable fact, each with why. */
const FILLER_002: [string, string][] = [
  ['This decision comes amid escalating tensions', 'backdrop that names nothing'],
  ['The order from Hegseth to halt operations against Russia by the US Cyber Command is seen as', 'a perception ("is seen as a retreat")'],
  ['The exclusive nature of Hegseth’s order has raised eyebrows', 'a reaction only'],
  ['The move to stand down on all Russia operations has sparked', 'a reaction only (speculation and debate)'],
  ['Observers are closely monitoring', 'unnamed observers watching'],
  ['With cyber threats becoming an increasingly pressing issue', 'an evaluation ("a notable development")'],
  ['The decision to stop offensive cyberoperations against Russia reflects a shift', 'an interpretation ("reflects a shift")'],
  ['There are concerns about the potential repercussions', 'unattributed concerns'],
  ['As the situation continues to unfold, experts are weighing in', 'unnamed experts weighing in'],
  ['The effectiveness of this new strategy', 'watching ("will be closely watched")'],
  ['In sum, Hegseth’s order to halt offensive cyber operations against Russia has sparked intrigue', 'a reaction only'],
  ['The implications of this decision are significant', 'an evaluation and a speculation ("will likely shape")'],
];

/** Seed 000: the opinion sentences that gave claims before this check, each with why. */
const OPINION_000: [string, string][] = [
  ['France’s purported difficulty in understanding', 'an interpretation of a "purported difficulty" ("stems from a misunderstanding")'],
  ['It’s not a matter of complex geopolitical strategy', 'evaluations ("not a matter of …", "far more straightforward")'],
  ['The lack of any significant pushback', 'an interpretation ("reinforces the perception")'],
  ['This perception is further solidified', 'an interpretation of a perception'],
  ['The alleged transfer of classified documents adds to the narrative', 'an interpretation ("adds to the narrative")'],
  ['It’s viewed as a situation', 'a perception ("is viewed as")'],
  ['This perspective explains', 'an interpretation from "this perspective"'],
  ['The situation is framed not as a mystery', 'a perception ("is framed … as")'],
];

/** Factual sentences of the seeds that must keep a claim. */
const FACTS: [string, string][] = [
  ['000', 'French Foreign Minister Jean-Noël Barrot expressed bewilderment'],
  ['000', 'This decision reportedly impacts U.S. Cyber Command’s activities'],
  ['000', 'The halt comes despite the European Union’s'],
  ['000', 'News outlets confirmed the reported stand-down order'],
  ['001', 'The U.S. Secretary of Defense Pat Hegseth has ordered'],
  ['001', 'Earlier, the U.S. Department of Justice disbanded a task force'],
  ['002', 'In a significant move, Defense Secretary Hegseth has directed the Pentagon'],
  ['002', 'This directive was issued just before a high-stakes meeting'],
  ['003', 'Consequently, Defence Secretary Pete Hegseth ordered'],
  ['003', 'Meanwhile, Pentagon officials clarified that the halt is temporary'],
  ['003', 'Despite growing concerns, the Pentagon has not commented'],
  ['003', 'Democratic Representative Bennie G. Thompson condemned the move'],
  ['004', 'Officials say the Trump administration has paused'],
  ['004', 'The Department of Defense has declined to comment'],
  ['004', 'The directive was reportedly issued before Trump'],
  ['004', 'The pause in U.S. cyber operations against Russia came from Defense Secretary Pete Hegseth'],
];

test('seed 002: no filler sentence gives a claim, each is flagged', { skip }, () => {
  const d = seed('002');
  for (const [opening, why] of FILLER_002) {
    const s = sentence(d, opening);
    assert.deepEqual(claimsIn(d, s).map((c) => d.text.slice(c.start, c.end)), [], `${opening} (${why})`);
    // the clause rules find no clause in the "reflects a shift" sentence at all (no claim, so nothing to flag)
    if (!opening.includes('reflects a shift')) assert.ok(flagsOn(d, s).length > 0, `${opening}: not flagged`);
  }
  // only the two facts of 002 remain: the directive and its timing
  assert.equal(annotationsOf(d, 'claim').length, 2);
});

test('seed 000: no opinion sentence gives a claim; the opinion part after "Read the original article" gives none at all', { skip }, () => {
  const d = seed('000');
  for (const [opening, why] of OPINION_000) {
    const s = sentence(d, opening);
    assert.deepEqual(claimsIn(d, s).map((c) => d.text.slice(c.start, c.end)), [], `${opening} (${why})`);
    assert.ok(flagsOn(d, s).includes('claim-opinion'), `${opening}: not flagged`);
  }
  const opinionPart = d.text.indexOf('Read the original article here');
  assert.ok(opinionPart > 0);
  assert.deepEqual(annotationsOf(d, 'claim').filter((c) => c.start > opinionPart).map((c) => d.text.slice(c.start, c.end)), []);
});

test('factual seed sentences still give claims', { skip }, () => {
  for (const [id, opening] of FACTS) {
    const d = seed(id);
    assert.ok(claimsIn(d, sentence(d, opening)).length > 0, `${id}: ${opening}`);
  }
});
