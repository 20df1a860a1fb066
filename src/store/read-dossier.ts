import { TypeCompiler } from '@sinclair/typebox/compiler';
import { StorySchema, type Story } from '../model/dossier.js';
import { CrosscheckError } from '../errors.js';

/** Compiled on first use: a checker built from the schema is much faster than Value.Check on large dossiers. */
let checker: ReturnType<typeof TypeCompiler.Compile<typeof StorySchema>> | undefined;

/**
 * A stored dossier read back, checked against the dossier schema (src/model/dossier.ts) rather
 * than cast: a dossier written by another version, or damaged, is CC_DOSSIER_INVALID naming the
 * story and the first mismatch, never a wrongly shaped object handed to the renderers and the API.
 */
export function readDossier(storyId: string, json: string): Story {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new CrosscheckError('CC_DOSSIER_INVALID', [storyId, e instanceof Error ? e.message : String(e)], { cause: e });
  }
  checker ??= TypeCompiler.Compile(StorySchema);
  if (checker.Check(value)) return value;
  const first = checker.Errors(value).First();
  throw new CrosscheckError('CC_DOSSIER_INVALID', [storyId, first ? `${first.path || '/'}: ${first.message}` : 'not a dossier']);
}
