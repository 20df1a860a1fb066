import type { EntityType } from '../../model/annotation.js';
import type { TokenEntity } from './conll.js';

/**
 * BILOU labels (Begin, Inside, Last, Unit, Outside): Ratinov & Roth (2009) found them better
 * than BIO for perceptron taggers, because the end of a name gets its own weights.
 */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];

export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

function label(part: Part, type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * PARTS.length + PARTS.indexOf(part);
}

function partOf(l: number): Part | 'O' {
  return l === OUTSIDE ? 'O' : PARTS[(l - 1) % PARTS.length]!;
}

function typeOf(l: number): EntityType | null {
  return l === OUTSIDE ? null : ENTITY_TYPES[Math.floor((l - 1) / PARTS.length)]!;
}

/** Label sequence of a sentence with the given entities. */
export function encodeLabels(length: number, entities: readonly TokenEntity[]): Uint8Array {
  const out = new Uint8Array(length);
  for (const e of entities) {
    if (e.end - e.start === 1) {
      out[e.start] = label('U', e.type);
      continue;
    }
    out[e.start] = label('B', e.type);
    for (let i = e.start + 1; i < e.end - 1; i++) out[i] = label('I', e.type);
    out[e.end - 1] = label('L', e.type);
  }
  return out;
}

/** Entities of a label sequence; the decoder only emits valid sequences, so this is a plain scan. */
export function decodeLabels(labels: ArrayLike<number>): TokenEntity[] {
  const out: TokenEntity[] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const part = partOf(l);
    const type = typeOf(l);
    if (part === 'U' && type) out.push({ start: i, end: i + 1, type });
    else if (part === 'B') start = i;
    else if (part === 'L' && type && start >= 0) {
      out.push({ start, end: i + 1, type });
      start = -1;
    } else if (part === 'O') start = -1;
  }
  return out;
}

/**
 * Whether label `b` may follow label `a` (a = -1 for the sentence start). Invalid BILOU
 * transitions are excluded from decoding outright rather than left for the weights to learn.
 */
export function allowedTransition(a: number, b: number): boolean {
  const pa = a < 0 ? 'O' : partOf(a);
  const pb = partOf(b);
  const open = pa === 'B' || pa === 'I';
  if (pb === 'I' || pb === 'L') return open && typeOf(a) === typeOf(b);
  return !open;
}

/** Whether a label may end a sentence. */
export function allowedEnd(l: number): boolean {
  const p = partOf(l);
  return p !== 'B' && p !== 'I';
}
