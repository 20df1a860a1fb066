import type { EntityType } from '../model/annotation.js';
import { prf, type PRF } from './prf.js';
import type { TokenEntity } from '../nlp/ner/conll.js';

/** Entity-level counts, CoNLL style: a prediction counts only with the exact span and type. */
export class EntityScore {
  private readonly counts = new Map<EntityType | 'all', { tp: number; pred: number; gold: number }>();

  add(gold: readonly TokenEntity[], predicted: readonly TokenEntity[]): void {
    const key = (e: TokenEntity) => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const e of gold) this.bump(e.type, 'gold');
    for (const e of predicted) {
      this.bump(e.type, 'pred');
      if (goldKeys.has(key(e))) this.bump(e.type, 'tp');
    }
  }

  private bump(type: EntityType, field: 'tp' | 'pred' | 'gold'): void {
    for (const k of [type, 'all'] as const) {
      const c = this.counts.get(k) ?? { tp: 0, pred: 0, gold: 0 };
      c[field]++;
      this.counts.set(k, c);
    }
  }

  result(type: EntityType | 'all' = 'all'): PRF {
    const c = this.counts.get(type) ?? { tp: 0, pred: 0, gold: 0 };
    return prf(c.tp, c.pred, c.gold);
  }
}
