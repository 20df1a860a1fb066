/**
 * Per-key token buckets in memory (one process, no shared store): each key may burst up to
 * `capacity` requests, then gets `refillPerSecond` more per second. Enough to stop one client
 * from flooding the analysis pipeline; not a defence against distributed abuse.
 */
export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

/** Default write limit: bursts of 20, then one write every 3 seconds per IP. */
export const DEFAULT_WRITE_LIMIT: RateLimit = { capacity: 20, refillPerSecond: 1 / 3 };

/** Above this many tracked keys, buckets that have refilled completely are forgotten. */
const MAX_KEYS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take one token for `key`; returns 0 when allowed, else the seconds until a token is available. */
  take(key: string): number {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.limit.capacity, at: t };
    b.tokens = Math.min(this.limit.capacity, b.tokens + ((t - b.at) / 1000) * this.limit.refillPerSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_KEYS) this.prune(t);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.limit.refillPerSecond);
  }

  private prune(t: number): void {
    for (const [k, b] of this.buckets)
      if (b.tokens + ((t - b.at) / 1000) * this.limit.refillPerSecond >= this.limit.capacity) this.buckets.delete(k);
  }
}
