import type { Dossier, Story } from '../model/dossier.js';
import { escapeHtml as h } from './escape.js';
import { labelsOf, outletCell } from './labels.js';

const section = <T>(title: string, items: T[], item: (x: T) => string): string =>
  items.length === 0 ? '' : `<h3>${h(title)}</h3><ul>${items.map((x) => `<li>${item(x)}</li>`).join('')}</ul>`;

export function storyHtml(story: Story): string {
  const names = labelsOf(story);
  const rows = story.articles
    .map((a) => `<tr><td>${h(a.id)}</td><td>${h(outletCell(a))}</td><td>${h(a.published ?? '—')}</td><td>${h(a.title ?? '—')}</td><td>${h(a.flags.join(', '))}</td></tr>`)
    .join('');
  return `<section class="story" id="${h(story.id)}"><h2>${h(story.headline)}</h2>
<p>${story.articles.length} articles · ${h(story.firstPublished ?? '?')} – ${h(story.lastPublished ?? '?')}</p>
${section('Brief', story.brief, (b) => `${h(b.text)} <small>[${h(names(b.citations))}]</small>`)}
<h3>Articles</h3><table><thead><tr><th>id</th><th>outlet</th><th>published</th><th>title</th><th>flags</th></tr></thead><tbody>${rows}</tbody></table>
${section('Claims', story.claims, (c) => `<b>${h(c.status)}</b> ${h(c.text)}`)}
${section('Discrepancies', story.discrepancies, (d) => `<b>${h(d.kind)}</b>: ${h(d.summary)}`)}
${section('Quotes', story.quotes, (q) => `“${h(q.text)}” — ${h(q.speaker ?? q.speakerDescription ?? 'unknown speaker')}`)}
${section('Timeline', story.timeline, (t) => `${h(t.date)}${t.announced ? ' (announced)' : ''}: ${h(t.text)}`)}
</section>`;
}

export function dossierHtml(d: Dossier): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>crosscheck dossier</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}</style>
</head><body><h1>crosscheck dossier</h1>${d.stories.map(storyHtml).join('\n')}</body></html>\n`;
}
