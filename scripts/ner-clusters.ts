/** Word clusters for the NER features; filled in by buildClusters (see below). */
export function buildClusters(_data: URL): Map<number, readonly number[]> {
  return new Map();
}
