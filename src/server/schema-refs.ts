/**
 * TypeBox schemas nest other schemas that carry an `$id` (Evidence inside Story, …). Both fastify
 * (ajv + fast-json-stringify) and OpenAPI want each named schema once and `$ref`s elsewhere, so we
 * split a schema into its named parts. The result is plain JSON (TypeBox's symbol keys dropped).
 */
export type JsonSchema = { [key: string]: unknown };

/** `schema` with every nested `$id` schema replaced by `{ $ref: ref(id) }`; the named parts go into `named`. */
export function splitNamed(schema: object, ref: (id: string) => string, named: Map<string, JsonSchema>, isRoot = true): JsonSchema | unknown {
  const walk = (value: unknown, root: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, false));
    if (value === null || typeof value !== 'object') return value;
    const obj = value as JsonSchema;
    const id = typeof obj.$id === 'string' ? obj.$id : null;
    if (id !== null && !root) {
      if (!named.has(id)) {
        named.set(id, {}); // reserve first: a schema that (indirectly) contains itself ends here
        named.set(id, walk(obj, true) as JsonSchema);
      }
      return { $ref: ref(id) };
    }
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v, false);
    return out;
  };
  return walk(schema, isRoot);
}

/** Every named schema reachable from `roots` (the roots included), `$ref`-linked with `ref`. */
export function namedSchemas(roots: readonly object[], ref: (id: string) => string): Map<string, JsonSchema> {
  const named = new Map<string, JsonSchema>();
  for (const root of roots) splitNamed(root, ref, named, false);
  return named;
}
