/** The logistic function, shared by the learned scorers (claim alignment, hedges, flags). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
