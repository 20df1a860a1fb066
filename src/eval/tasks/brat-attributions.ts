import type { Span } from '../../model/span.js';

/** One gold attribution relation from a brat standoff file; discontinuous spans keep their fragments. */
export interface GoldRelation {
  source: Span[] | null;
  cue: Span[] | null;
  content: Span[] | null;
}

/** Parse PolNeAR `.ann` text: `T` lines give typed spans, `E` lines tie them into relations. */
export function parseBratAttributions(ann: string): GoldRelation[] {
  const spans = new Map<string, Span[]>();
  const relations: GoldRelation[] = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, range = ''] = cols[1]!.match(/^\S+ (.*)$/) ?? [];
      const frags = range.split(';').map((f) => f.trim().split(' ').map(Number)).filter((f) => f.length === 2 && f.every(Number.isFinite));
      spans.set(cols[0]!, frags.map(([start, end]) => ({ start: start!, end: end! })));
    } else if (line.startsWith('E') && cols.length >= 2) events.push(cols[1]!);
  }
  for (const e of events) {
    const parts = new Map(e.split(' ').map((p) => p.split(':') as [string, string]));
    const get = (role: string) => {
      const id = parts.get(role);
      return id ? (spans.get(id) ?? null) : null;
    };
    relations.push({ source: get('Source'), cue: get('Cue'), content: get('Content') });
  }
  return relations;
}
