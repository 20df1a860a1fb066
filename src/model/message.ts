import type { Span } from './span.js';

/**
 * A problem found in content, pinned to the text (vfile-style): "quote has no speaker",
 * "number differs from outlet B". Content problems are values, never exceptions.
 */
export interface Message extends Span {
  /** Stable identifier of the check that produced it, e.g. `quote-no-speaker`. */
  ruleId: string;
  reason: string;
  severity: 'info' | 'warning';
}
