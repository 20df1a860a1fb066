import type { Span } from './span.js';

/** Entity types of the dossier contract (CoNLL PER/ORG/LOC/MISC). */
export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A named-entity mention. `name` is the mention without titles, roles or possessives. */
export interface EntityMention extends Span {
  kind: 'entity';
  type: EntityType;
  name: string;
  /** Titles or roles written next to the mention ("Defense Secretary"). */
  roles: string[];
  /** Nicknames written inside the mention (“Tuna”). */
  aliases: string[];
}

/** A calendar date mentioned in the text, resolved against the publication date when relative. */
export interface DateMention extends Span {
  kind: 'date';
  /** ISO date, YYYY-MM-DD. */
  value: string;
  relative: boolean;
}

/** A number with its unit or counted noun ("three years", "hundreds of personnel"). */
export interface NumberMention extends Span {
  kind: 'number';
  value: number;
  unit: string | null;
}

/** A direct quote. The span covers the quoted words without the quote marks. */
export interface Quote extends Span {
  kind: 'quote';
  text: string;
  /** Canonical name of a named speaker; null for anonymous or unresolved speakers. */
  speaker: string | null;
  /** How the text describes the speaker ("a former senior defense official"), or null. */
  speakerDescription: string | null;
  /** Reporting verb ("said", "told", "warned"), or null when none was found. */
  cue: string | null;
  /** Where the speaker is named or described in the text, or null. */
  speakerSpan: Span | null;
}

export type CitedKind = 'outlet' | 'organization' | 'person' | 'anonymous';

/** The article credits someone for information: "according to The Record", "Rubio told ABC that …". */
export interface Attribution extends Span {
  kind: 'attribution';
  cited: string;
  citedKind: CitedKind;
  /** The cue words ("according to", "told", "in an interview with"). */
  cue: string;
  /** The article says the cited outlet reported the news first. */
  firstReport: boolean;
  /** The reported content, when the attribution carries one. */
  content: Span | null;
}

export type HedgeCategory = 'speculation' | 'opinion' | 'hedge' | 'sweeping';

/** A hedging, speculation or opinion cue word or phrase. */
export interface Hedge extends Span {
  kind: 'hedge';
  cue: string;
  category: HedgeCategory;
}

/** A reportable clause: who did what, with its qualifiers. */
export interface Claim extends Span {
  kind: 'claim';
  subject: string | null;
  predicate: string | null;
  object: string | null;
  negated: boolean;
}

export type Annotation = EntityMention | DateMention | NumberMention | Quote | Attribution | Hedge | Claim;
export type AnnotationKind = Annotation['kind'];
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;
