import type { Dossier, Story, StoryQuote } from '../model/dossier.js';
import { escapeMd as e } from './escape.js';
import { labelsOf, outletCell } from './labels.js';

const list = <T>(title: string, items: T[], line: (x: T) => string): string[] =>
  items.length === 0 ? [] : [`### ${title}`, '', ...items.map((x) => `- ${line(x)}`), ''];

function scores(s: Story['articles'][number]['scores']): string {
  return `originality ${s.originality.toFixed(2)}, specificity ${s.specificity.toFixed(2)}, sourcing ${s.sourcing.toFixed(2)}, hedging ${s.hedging.toFixed(2)}`;
}

const alsoIn = (q: StoryQuote) => (q.alsoIn.length === 0 ? '' : `; also in ${q.alsoIn.length} other article${q.alsoIn.length === 1 ? '' : 's'}`);

export function storyMarkdown(story: Story): string {
  const names = labelsOf(story);
  const out: string[] = [`## ${e(story.headline)}`, '', `Story \`${story.id}\` · ${story.articles.length} articles · ${story.firstPublished ?? '?'} – ${story.lastPublished ?? '?'}`, ''];
  out.push(...list('Brief', story.brief, (b) => `${e(b.text)} [${e(names(b.citations))}]`));
  out.push('### Articles', '', '| id | outlet | published | title | flags | scores |', '|---|---|---|---|---|---|');
  for (const a of story.articles)
    out.push(`| ${e(a.id)} | ${e(outletCell(a))} | ${a.published ?? '—'} | ${e(a.title ?? '—')} | ${a.flags.join(', ')} | ${scores(a.scores)} |`);
  out.push('');
  out.push(...list('Claims', story.claims, (c) => `**${c.status}** ${e(c.text)} (${e(names(c.support.map((s) => s.article)))}${c.contradiction.length ? `; contradicted by ${e(names(c.contradiction.map((s) => s.article)))}` : ''})`));
  out.push(...list('Discrepancies', story.discrepancies, (d) => `**${d.kind}**: ${e(d.summary)} (${e(names(d.articles))})`));
  out.push(...list('Quotes', story.quotes, (q) => `“${e(q.text)}” — ${e(q.speaker ?? q.speakerDescription ?? 'unknown speaker')} (${e(names([q.article]))}${alsoIn(q)})`));
  out.push(...list('Sources credited', story.provenance.cited, (c) => `${e(c.name)}${c.firstReport ? ' (first report)' : ''}: cited by ${e(names(c.citedBy))}`));
  out.push(...list('Timeline', story.timeline, (t) => `${t.date}${t.announced ? ' (announced)' : ''}: ${e(t.text)} (${e(names(t.articles))})`));
  out.push(...list('Entities', story.entities, (x) => `${e(x.name)} (${x.type}${x.roles.length ? '; ' + e(x.roles.join(', ')) : ''})`));
  return out.join('\n');
}

export function dossierMarkdown(d: Dossier): string {
  return ['# crosscheck dossier', '', ...d.stories.map(storyMarkdown)].join('\n') + '\n';
}
