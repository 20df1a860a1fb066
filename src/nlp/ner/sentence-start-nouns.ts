import type { TokenEntity } from './conll.js';
import { isLowerCaseNoun } from './common-noun.js';

/**
 * A one-word entity opening its sentence ("News outlets confirmed …") whose word WordNet knows as a
 * lower-case noun, which the same article writes in lower case elsewhere, and which no gazetteer
 * lists as a personal name, is a capitalised common noun, not a name: dropped. Story-level typing
 * applies the same test over a whole story (src/analyze/entity-type.ts).
 */
export function dropSentenceStartNouns(
  sentences: readonly (readonly string[])[],
  tagged: readonly TokenEntity[][],
  knownPerson: (word: string) => boolean,
): TokenEntity[][] {
  let lower: Set<string> | null = null;
  const lowerWords = () => (lower ??= new Set(sentences.flatMap((s) => s.filter((w) => /^[a-z]/.test(w)))));
  return tagged.map((ents, i) =>
    ents.filter((e) => {
      if (e.start !== 0 || e.end !== 1) return true;
      const w = sentences[i]![0]!;
      return !(/^\p{Lu}\p{Ll}+$/u.test(w) && lowerWords().has(w.toLowerCase()) && !knownPerson(w) && isLowerCaseNoun(w));
    }),
  );
}
