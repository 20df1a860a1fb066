import { existsSync } from 'node:fs';
import type { ArticleDoc } from '../../../model/article.js';
import type { Span } from '../../../model/span.js';
import type { Relation } from '../attribution-relations.js';
import { BIO_B, BIO_RULES, decodeBio } from '../../sequence/bio.js';
import { decodeEmissions } from '../../sequence/decode.js';
import { contextFeatures, cueTagFeatures, paragraphFeatures } from './features.js';
import { addJointScores, jointEmission, type JointEmission } from './joint-emission.js';
import { loadAttributionModel, type AttributionWeights } from './model-io.js';
import { paragraphViews, ROLES, type Role } from './paragraphs.js';
import { WordScores } from './word-scores.js';
import type { SequenceWeights } from '../../sequence/weights.js';

/** The shipped model, relative to this file in both src/ and dist/src/ layouts. */
const MODEL_CANDIDATES = [new URL('../../../../models/attribution.bin', import.meta.url), new URL('../../../../../models/attribution.bin', import.meta.url)];

/** Spans the tagger found, per role, in document order; `paragraph` groups them for linking. */
export interface TaggedSpan extends Span {
  role: Role;
  paragraph: number;
  /** Sentence number within the paragraph of the span's first token. */
  sentence: number;
  /**
   * A cue found only by the second, recall-biased cue decoding (FALLBACK_CUE_BIAS): too weak to
   * start a relation on its own, used only to carry a tagged content no regular cue claimed. A
   * content found only when those cues are given to the content tagger: it is reported content,
   * but its cue is too uncertain to link, so it is never a relation's content (a reported passage).
   */
  fallback: boolean;
}

/** A loaded attribution tagger: one BIO tagger per role over each paragraph. */
export class AttributionTagger {
  /** All roles' weights packed for decoding (see joint-emission.ts). */
  private readonly packed: JointEmission;

  /**
   * Each role's labels and transitions. The dense emission tables (~19 MB, for training and
   * saving) are not kept: every worker thread holds a tagger, and only the packed table is read.
   */
  private readonly roles: readonly Omit<SequenceWeights, 'emission'>[];

  /** Word-only feature sums memoised per word (word-scores.ts); null for float tables, where sums depend on order. */
  private readonly wordScores: WordScores | null;

  constructor(tables: AttributionWeights) {
    this.roles = tables.map(({ labels, bucketBits, transition }) => ({ labels, bucketBits, transition }));
    this.packed = jointEmission(tables);
    this.wordScores = this.packed.rows instanceof Int16Array ? new WordScores(this.packed, (1 << tables[0].bucketBits) - 1) : null;
  }

  /** Viterbi labels of one role with `bias` added to every Begin score (in place: `em` is consumed). */
  private decode(em: Float64Array, k: number, bias: number = BEGIN_BIAS[k]!): Uint8Array {
    const L = this.roles[k]!.labels;
    if (bias !== 0) for (let i = 0; i < em.length; i += L) em[i + BIO_B]! += bias;
    return decodeEmissions(em, em.length / L, L, this.roles[k]!.transition, BIO_RULES);
  }

  /** Source, cue and content spans of a segmented document; `rules` are the rule-based relations (stacked features). */
  tag(doc: ArticleDoc, rules: readonly Relation[]): TaggedSpan[] {
    const out: TaggedSpan[] = [];
    const mask = (1 << this.roles[0]!.bucketBits) - 1;
    paragraphViews(doc, rules).forEach((p, pi) => {
      // Two stages: cues first, then source and content with the tagged cues as features. The
      // first-stage features score all three roles in one pass; the second stage adds its own.
      const n = p.words.length;
      const em = ROLES.map(() => new Float64Array(n * this.packed.labels));
      if (this.wordScores) {
        addJointScores(contextFeatures(p, mask), this.packed, em, ALL_ROLES);
        this.wordScores.add(p, em);
      } else addJointScores(paragraphFeatures(p, mask), this.packed, em, ALL_ROLES);
      const cueScores = Float64Array.from(em[CUE]!);
      const cues = this.decode(em[CUE]!, CUE);
      // content scores before the cue-tag features, for the second content decoding below
      const contentBase = Float64Array.from(em[CONTENT]!);
      addJointScores(cueTagFeatures(p, mask, cues), this.packed, em, AFTER_CUE);
      const push = (r: { start: number; end: number }, role: Role, fallback: boolean) => {
        const span = { start: doc.tokens[p.tokenStart + r.start]!.start, end: doc.tokens[p.tokenStart + r.end - 1]!.end };
        out.push({ ...span, role, paragraph: pi, sentence: p.sentence[r.start]!, fallback });
      };
      let contents = 0;
      ROLES.forEach((role, k) => {
        const labels = k === CUE ? cues : this.decode(em[k]!, k);
        for (const r of decodeBio(labels)) {
          push(r, role, false);
          if (role === 'content') contents++;
        }
      });
      // Decode the cues again with a much larger Begin bias; the new ones are fallback cues.
      const fallbackLabels = this.decode(cueScores, CUE, FALLBACK_CUE_BIAS);
      const fallback = decodeBio(fallbackLabels).filter((r) => !cues.subarray(r.start, r.end).some((l) => l !== 0));
      if (fallback.length === 0) return;
      // The content tagger learned that content needs a cue near it, so where the regular cues
      // were missed it tags nothing. Decode the contents again as if the fallback cues were tagged
      // too; what this adds is reported content whose cue is uncertain (a fallback content).
      const union = cues.map((l, i) => (l !== 0 ? l : fallbackLabels[i]!));
      addJointScores(cueTagFeatures(p, mask, union), this.packed, ROLES.map(() => contentBase), ONLY_CONTENT);
      const regular = out.slice(out.length - contents);
      for (const r of decodeBio(this.decode(contentBase, CONTENT))) {
        const start = doc.tokens[p.tokenStart + r.start]!.start;
        const end = doc.tokens[p.tokenStart + r.end - 1]!.end;
        if (!regular.some((c) => c.start < end && start < c.end)) push(r, 'content', true);
      }
      // A regular tagged content implies a cue: keep the fallback cues to carry contents no regular cue claimed (link-spans.ts).
      if (contents > 0) for (const r of fallback) push(r, 'cue', true);
    });
    return out;
  }
}

const CUE = ROLES.indexOf('cue');
const CONTENT = ROLES.indexOf('content');
const ONLY_CONTENT = [CONTENT];
const ALL_ROLES = ROLES.map((_, k) => k);
const AFTER_CUE = ALL_ROLES.filter((k) => k !== CUE);
/**
 * Added to every token's Begin score, per role (source, cue, content), in the model's int16 units
 * (each table is scaled so its largest weight is 32767). The perceptron is tuned for accuracy and
 * its cues have precision 0.76 but recall 0.61; sources and contents hang on cues, so starting a
 * few more spans trades a little cue precision for source and content recall. Chosen on PolNeAR
 * dev for the committed model: source exact F1 +0.003, content overlap F1 +0.005.
 */
const BEGIN_BIAS = [3000, 6000, 0] as const;
/**
 * Cue Begin bias of the fallback decoding. Chosen on 300 PolNeAR train texts among 30000–90000:
 * content overlap F1 +0.023 for cue exact F1 −0.006 (60000: +0.026 for −0.019).
 */
const FALLBACK_CUE_BIAS = 40000;

let shared: AttributionTagger | null | undefined;

/** The default tagger, loaded on first use; null when models/attribution.bin is missing (run `npm run train:attribution`). */
export function defaultAttributionTagger(): AttributionTagger | null {
  if (shared !== undefined) return shared;
  const path = MODEL_CANDIDATES.find((u) => existsSync(u));
  shared = path ? new AttributionTagger(loadAttributionModel(path)) : null;
  return shared;
}
