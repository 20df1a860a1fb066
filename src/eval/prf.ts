/** Precision, recall and F1 from counts; 0 where undefined. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(truePositives: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function formatPRF(label: string, m: PRF, extra = ''): string {
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(40)} P ${f(m.precision)}  R ${f(m.recall)}  F1 ${f(m.f1)}${extra ? '  ' + extra : ''}`;
}
