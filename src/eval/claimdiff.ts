import { readFileSync } from 'node:fs';
import { createError } from '../errors.js';
import { analyseDoc } from '../nlp/pipeline.js';
import { docFrames, type ClaimFrame } from '../analyze/claims/claim-frame.js';
import { docFromLines } from './lines-doc.js';

/** One ClaimDiff pair: two claims about one event from two outlets; relation 1 = strengthens / weakens. */
export interface ClaimDiffPair {
  topic: string;
  date: string | null;
  claim_a: string;
  claim_b: string;
  relation: number;
}

export function readClaimDiff(file: string): ClaimDiffPair[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw createError('CC_MALFORMED_JSON', `${file}: ${(e as Error).message}`);
  }
  const data = (parsed as { data?: unknown }).data ?? parsed;
  if (!Array.isArray(data)) throw createError('CC_MALFORMED_JSON', `${file}: expected {data: [...]}`);
  return data as ClaimDiffPair[];
}

/**
 * Deterministic 80/20 split by topic (FNV-1a hash of the topic, 1 in 5 held out): a pair, its
 * reversed copy and every other pair about the same event fall on the same side, so held-out
 * figures are on unseen events.
 */
export function isHeldOutTopic(topic: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < topic.length; i++) {
    h ^= topic.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}

/** Claim frames of a ClaimDiff text, analysed once per (date, text). */
export function framesOf(cache: Map<string, ClaimFrame[]>, text: string, date: string | null): ClaimFrame[] {
  const key = `${date}|${text}`;
  let f = cache.get(key);
  if (!f) {
    const doc = docFromLines(`c${cache.size}`, text);
    doc.published = date;
    f = docFrames(analyseDoc(doc));
    cache.set(key, f);
  }
  return f;
}
