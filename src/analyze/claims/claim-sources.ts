import { articleLabel } from '../article-label.js';
import type { ArticleDoc } from '../../model/article.js';
import { annotationsOf } from '../../model/article.js';
import type { ArticleFlag, Story, StoryArticle } from '../../model/dossier.js';
import type { Span } from '../../model/span.js';
import { spansOverlap } from '../../model/span.js';
import { outletKey, sameOutlet } from '../../nlp/outlets.js';
import { articleProfile } from '../article-profile.js';
import { articleFlags } from '../flags/article-flags.js';
import { hedgingScore, sourcingScore, specificityScore } from '../scores.js';
import { copyOrigin, isSharedCopy } from '../sources/wire.js';
import { followUp, unnamedReportCue } from '../sources/relay.js';

/** The outlet an article credits in the sentence that carries a claim ("according to The New York Times"), or null. */
export function viaOutlet(doc: ArticleDoc, sentence: Span): string | null {
  // The last outlet named is the one that carried the report: "told the BBC's U.S. partner, CBS News".
  const a = annotationsOf(doc, 'attribution').filter(
    (x) => x.citedKind === 'outlet' && !sameOutlet(x.cited, doc.outlet) && (spansOverlap(x, sentence) || (x.content !== null && spansOverlap(x.content, sentence))),
  );
  return a.length > 0 ? a.reduce((x, y) => (y.start > x.start ? y : x)).cited : null;
}

/** An originator: the key under which its articles meet, and the label shown. */
interface Originator {
  key: string;
  label: string;
}

// Per story: its article table by id, and its outlets' spellings by outlet key (the claims step asks once per claim group).
interface StoryTables {
  size: number;
  byId: Map<string, StoryArticle>;
  outletNames: Map<string, string>;
}
const tablesByStory = new WeakMap<Story, StoryTables>();
function tables(story: Story): StoryTables {
  let t = tablesByStory.get(story);
  if (!t || t.size !== story.articles.length) {
    const outletNames = new Map<string, string>();
    for (const a of story.articles) if (a.outlet && !outletNames.has(outletKey(a.outlet))) outletNames.set(outletKey(a.outlet), a.outlet);
    t = { size: story.articles.length, byId: new Map(story.articles.map((a) => [a.id, a])), outletNames };
    tablesByStory.set(story, t);
  }
  return t;
}
const storyArticle = (story: Story, id: string): StoryArticle | undefined => tables(story).byId.get(id);

/** An outlet as originator, spelt as in the story's article table when it has articles there ("Harlow Bay Ledger", not "The Harlow Bay Ledger"). */
function outletOriginator(story: Story, name: string): Originator {
  const key = outletKey(name);
  return { key: `o:${key}`, label: tables(story).outletNames.get(key) ?? name };
}

/**
 * Whose report an article is, before any credit it gives: a wire or syndicated copy is its
 * originator's (dateline, byline or credit line naming another outlet), a near-duplicate is its
 * original's, anything else is its own outlet's, or (outlet unknown) the article's own.
 */
function articleOriginator(story: Story, doc: ArticleDoc): Originator {
  const named = copyOrigin(doc)?.outlet;
  if (named) return outletOriginator(story, named);
  const art = storyArticle(story, doc.id);
  const original = art?.duplicateOf ? storyArticle(story, art.duplicateOf) : undefined;
  const base = original ?? art;
  const outlet = base?.outlet ?? (original ? null : doc.outlet);
  if (outlet) return outletOriginator(story, outlet);
  const id = base?.id ?? doc.id;
  // keyed by the article, named for a reader (file name or host, never the hash id)
  return { key: `a:${id}`, label: articleLabel(base ?? doc) };
}

/**
 * The independent source behind one supporting article: the credited outlet when it repeats
 * another outlet's report, else whose report the article is (a copy counts as its original).
 */
export function sourceKey(story: Story, doc: ArticleDoc, via: string | null): { key: string; label: string } {
  return via ? outletOriginator(story, via) : articleOriginator(story, doc);
}

/** One place that supports a claim: an article's sentence. */
export interface SupportPlace {
  doc: ArticleDoc;
  sentence: Span;
}

/** Who stands behind a claim: the independent originators, and per support place the outlet it credits. */
export interface ClaimSources {
  /** Labels of the distinct originators, in order of first support; empty when every supporting article is dependent. */
  independentSources: string[];
  /** Per support place (same order): the outlet the article credits for it, or null. */
  via: (string | null)[];
  /** Per support place (same order): the originator it counts for, or null when its article is dependent. */
  origin: (string | null)[];
  /** Supporting articles that add no independent confirmation, each once, in order of first support, with why. */
  dependent: { article: string; reason: string }[];
}

// The flags of the later `scores` step, from its own predicates (scores run after claims).
const flagsByDoc = new WeakMap<ArticleDoc, ArticleFlag[]>();
function flagsOf(story: Story, doc: ArticleDoc): Set<ArticleFlag> {
  let own = flagsByDoc.get(doc);
  if (!own) {
    const p = articleProfile(doc);
    own = articleFlags(p, { originality: 1, specificity: specificityScore(p), sourcing: sourcingScore(p), hedging: hedgingScore(p) });
    flagsByDoc.set(doc, own);
  }
  return new Set([...(storyArticle(story, doc.id)?.flags ?? []), ...own]);
}

/** Credits to unnamed media ("News outlets confirmed", "media reports said"): not a source of the article's own. */
const UNNAMED_MEDIA = /^(?:the\s+)?(?:(?:news|media)\s+outlets|outlets|media|press|(?:news\s+|press\s+|media\s+)?reports?)$/i;

/** Does the article give a source of its own (a person, an organisation, an anonymous official) in these spans? */
function hasOwnSource(doc: ArticleDoc, spans: readonly Span[]): boolean {
  const near = (s: Span | null) => s !== null && spans.some((x) => spansOverlap(x, s));
  return (
    annotationsOf(doc, 'attribution').some((a) => a.citedKind !== 'outlet' && !UNNAMED_MEDIA.test(a.cited) && (near(a) || near(a.content))) ||
    annotationsOf(doc, 'quote').some((q) => (q.speaker !== null || q.speakerDescription !== null) && near(q))
  );
}

const LOW_VALUE: readonly ArticleFlag[] = ['low-information', 'opinion'];

/** What one supporting article counts for: originators, or a reason it adds no independent confirmation. */
type ArticleOrigin = { kind: 'credits'; outlets: Originator[] } | { kind: 'is'; who: Originator } | { kind: 'dependent'; reason: string };

function articleOrigin(story: Story, doc: ArticleDoc, places: readonly { span: Span; via: string | null }[], claimDocs: ReadonlySet<string>): ArticleOrigin {
  // 1. It credits the fact to another outlet: that outlet's report.
  const credited = [...new Set(places.map((p) => p.via).filter((v): v is string => v !== null))];
  if (credited.length > 0) return { kind: 'credits', outlets: credited.map((v) => outletOriginator(story, v)) };
  const self = articleOriginator(story, doc);
  // 2. A copy of an original it does not name, with no original in the story: nobody to count.
  const flags = flagsOf(story, doc);
  const low = LOW_VALUE.filter((f) => flags.has(f));
  const copy = copyOrigin(doc);
  if (copy && copy.outlet === null && !storyArticle(story, doc.id)?.duplicateOf) {
    return { kind: 'dependent', reason: `republishes an article it does not name (“${copy.evidence}”)${low.length > 0 ? `; flagged ${low.join(' and ')}` : ''}` };
  }
  // 3. No source of its own for this fact, in an article the scores step flags low-information or opinion.
  const spans = places.map((p) => p.span);
  if (low.length > 0 && !hasOwnSource(doc, spans)) {
    return { kind: 'dependent', reason: `no source of its own for this claim; flagged ${low.join(' and ')}` };
  }
  // 4. It relays unnamed reports: the outlet credited with the first report, when an article
  //    supporting this claim credits that outlet (or is its own); else nobody.
  const cue = spans.map((s) => unnamedReportCue(doc, s)).find((c) => c !== null);
  if (cue) {
    const first = story.provenance.firstReporter;
    const crediting = first ? story.provenance.cited.find((c) => c.name === first)?.citedBy ?? [] : [];
    if (first && (sameOutlet(self.label, first) || crediting.some((id) => claimDocs.has(id)))) return { kind: 'is', who: outletOriginator(story, first) };
    return { kind: 'dependent', reason: `relays unnamed reports (“${cue}”)${first ? '' : '; no outlet is credited with the first report'}` };
  }
  // 5. Its own report (a copy's original's).
  return { kind: 'is', who: self };
}

/**
 * Sentence-level shared copy: a support place whose sentence is identical or near-identical to an
 * earlier article's (story order) from another originator is that copy, not a confirmation of its
 * own: its entry in `whos` becomes the earlier one's originator (counted once). An article all of
 * whose places for the claim are such copy is returned as dependent, naming whose sentence it shares.
 */
function sharedCopyOf(story: Story, places: readonly SupportPlace[], whos: (Originator | null)[]): ClaimSources['dependent'] {
  const rank = new Map(story.articles.map((a, i) => [a.id, i]));
  const rankOf = (p: SupportPlace) => rank.get(p.doc.id) ?? Number.POSITIVE_INFINITY;
  const text = places.map((p) => p.doc.text.slice(p.sentence.start, p.sentence.end));
  const order = places.map((_, i) => i).sort((a, b) => rankOf(places[a]!) - rankOf(places[b]!) || a - b);
  const copied = new Map<string, { own: number; copies: number; of: string; words: string }>();
  order.forEach((i, k) => {
    const who = whos[i];
    if (!who) return;
    const p = places[i]!;
    const j = order.slice(0, k).find((x) => places[x]!.doc.id !== p.doc.id && rankOf(places[x]!) < rankOf(p) && whos[x] && whos[x]!.key !== who.key && isSharedCopy(text[i]!, text[x]!));
    const tally = copied.get(p.doc.id) ?? { own: 0, copies: 0, of: '', words: '' };
    if (j === undefined) tally.own++;
    else {
      whos[i] = whos[j]!;
      tally.copies++;
      tally.of = whos[j]!.label;
      tally.words = text[i]!.trim().split(/\s+/).slice(0, 8).join(' ');
    }
    copied.set(p.doc.id, tally);
  });
  return [...copied].filter(([, t]) => t.own === 0 && t.copies > 0).map(([article, t]) => ({ article, reason: `shared copy: its sentence is ${t.of}'s, word for word or nearly (“${t.words}…”)` }));
}

/** The originators behind a claim's support places (the one place the claims step asks). */
export function claimSources(story: Story, places: readonly SupportPlace[]): ClaimSources {
  // A place's credit is in its sentence, or in the next sentence when that one refers back to it
  // ("According to the reports, … officials confirmed this decision").
  const expanded = places.map((p) => {
    const next = followUp(p.doc, p.sentence);
    const spans = next ? [p.sentence, next] : [p.sentence];
    const self = articleOriginator(story, p.doc).label;
    const credit = spans.map((s) => viaOutlet(p.doc, s)).find((v) => v !== null) ?? null;
    const via = credit !== null && !sameOutlet(credit, self) ? outletOriginator(story, credit).label : null;
    return { place: p, spans, via };
  });
  const byArticle = new Map<string, typeof expanded>();
  for (const e of expanded) {
    const list = byArticle.get(e.place.doc.id);
    if (list) list.push(e);
    else byArticle.set(e.place.doc.id, [e]);
  }
  const claimDocs = new Set(byArticle.keys());
  const origins = new Map<string, ArticleOrigin>();
  for (const [id, list] of byArticle) {
    const spans = list.flatMap((e) => e.spans.map((span) => ({ span, via: e.via })));
    origins.set(id, articleOrigin(story, list[0]!.place.doc, spans, claimDocs));
  }
  const dependent: ClaimSources['dependent'] = [];
  const whos = expanded.map((e): Originator | null => {
    const o = origins.get(e.place.doc.id)!;
    if (o.kind === 'credits') return e.via ? outletOriginator(story, e.via) : o.outlets[0]!;
    if (o.kind === 'is') return o.who;
    if (!dependent.some((d) => d.article === e.place.doc.id)) dependent.push({ article: e.place.doc.id, reason: o.reason });
    return null;
  });
  for (const d of sharedCopyOf(story, expanded.map((e) => e.place), whos)) dependent.push(d);
  const sources = new Map<string, string>();
  const origin = whos.map((who) => {
    if (!who) return null;
    if (!sources.has(who.key)) sources.set(who.key, who.label);
    return sources.get(who.key)!;
  });
  return { independentSources: [...sources.values()], via: expanded.map((e) => e.via), origin, dependent };
}
