import type { EntityMention } from '../../model/annotation.js';
import type { ArticleDoc } from '../../model/article.js';
import { fnv1a } from '../../nlp/ner/hash.js';
import { externalBit, typeBit } from '../../nlp/ner/lexicons.js';
import { defaultTagger } from '../../nlp/ner/tagger.js';
import { groupKey } from './entity-keys.js';
import type { NameEvidence } from './entity-type.js';

/**
 * What story-level typing (entity-type.ts) needs to know about a name beyond its mentions: where a
 * mention stands in its sentence, whether the story writes the name in lower case elsewhere, and
 * whether the NER gazetteer knows it as a personal name.
 */

/** Whether nothing but punctuation (quotes, dashes) precedes the mention in its sentence. */
export function opensSentence(doc: ArticleDoc, mention: EntityMention): boolean {
  const s = doc.sentences.find((x) => x.start <= mention.start && mention.start < x.end);
  return s !== undefined && !/[\p{L}\p{N}]/u.test(doc.text.slice(s.start, mention.start));
}

const PERSON_BITS = typeBit('person') | externalBit('person');

/** Evidence for one-word names of one story, computed once per story and only when asked. */
export class StoryNameEvidence {
  private lowerWords: Set<string> | null = null;

  constructor(private readonly docs: readonly ArticleDoc[]) {}

  /** Evidence about `name`; only one-word names get any (the rules that read it are for those). */
  of(name: string): NameEvidence {
    if (/\s/.test(name.trim())) return {};
    const key = name.trim().toLowerCase();
    const mask = defaultTagger()?.lexicons.gazetteer.get(fnv1a(key)) ?? 0;
    return { lowerCaseInStory: this.lowerCase().has(key), knownPerson: (mask & PERSON_BITS) !== 0 };
  }

  /** Every token the story writes starting with a lower-case letter. */
  private lowerCase(): Set<string> {
    if (this.lowerWords) return this.lowerWords;
    const out = new Set<string>();
    for (const doc of this.docs)
      for (const t of doc.tokens) {
        const c = doc.text.charCodeAt(t.start);
        if (c >= 97 && c <= 122) out.add(doc.text.slice(t.start, t.end));
      }
    return (this.lowerWords = out);
  }
}

/**
 * "US-Russia" (relations), "Russia-Ukraine" (war): hyphen-joined names of places the story knows
 * are a relation between those places, not an entity of their own. `placeKeys` are the group keys
 * of the story's place mentions.
 */
export function joinsPlaces(name: string, placeKeys: ReadonlySet<string>): boolean {
  const parts = name.split(/[-–]/);
  return parts.length >= 2 && parts.every((p) => placeKeys.has(groupKey(p)));
}
