import { signatureFromBase64, signatureToBase64 } from './minhash.js';
import type { KeptFeature } from './weighting.js';

/** What the store keeps per article so that a restarted clusterer rebuilds the same state. */
export interface ArticlePrint {
  features: KeptFeature[];
  signature: Uint32Array | null;
  duplicateOf: string | null;
}

/** Compact JSON: `{"f":[[key,weight],…],"m":"<minhash base64>"|null,"o":dupOf|null}` (~1 KB). */
export function encodePrint(p: ArticlePrint): string {
  return JSON.stringify({ f: p.features, m: p.signature ? signatureToBase64(p.signature) : null, o: p.duplicateOf });
}

/** Decode a stored fingerprint; null when it is not one of ours (then the row is skipped). */
export function decodePrint(data: string): ArticlePrint | null {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as { f?: unknown; m?: unknown; o?: unknown };
  if (!Array.isArray(r.f)) return null;
  const features: KeptFeature[] = [];
  for (const x of r.f) {
    if (Array.isArray(x) && typeof x[0] === 'string' && typeof x[1] === 'number') features.push([x[0], x[1]]);
  }
  const signature = typeof r.m === 'string' ? signatureFromBase64(r.m) : null;
  return { features, signature, duplicateOf: typeof r.o === 'string' ? r.o : null };
}
