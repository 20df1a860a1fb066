/**
 * The OpenAPI document, generated from the route table (route-table.ts): one operation per route,
 * named schemas under components/schemas, fastify paths `:id` as `{id}`. Version 3.1 because its
 * schemas are plain JSON Schema, so TypeBox's `anyOf [T, null]` is valid as is.
 */
import { VERSION } from './health-routes.js';
import { routeDefs, type RouteDef } from './route-table.js';
import { splitNamed, type JsonSchema } from './schema-refs.js';

const ref = (id: string) => `#/components/schemas/${id}`;

function parameters(def: RouteDef, conv: (s: object) => JsonSchema) {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [['path', def.params], ['query', def.querystring]] as const) {
    if (!schema) continue;
    const s = conv(schema);
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((s.required as string[] | undefined) ?? []);
    for (const [name, p] of Object.entries(props)) {
      const { description, ...rest } = p;
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  return out;
}

/**
 * The OpenAPI document of the given routes (operation id → definition): the route table by
 * default; the server passes every route it registered with a definition, so routes declared
 * outside the table (desk stories, change feed, dossier download) are described too.
 */
export function openApiDocument(defs: Readonly<Record<string, RouteDef>> = routeDefs): JsonSchema {
  const named = new Map<string, JsonSchema>();
  const conv = (s: object) => splitNamed(s, ref, named, false) as JsonSchema;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, def] of Object.entries(defs)) {
    const path = def.url.replace(/:(\w+)/g, '{$1}');
    const op: JsonSchema = {
      operationId: name,
      summary: def.summary,
      parameters: parameters(def, conv),
      responses: Object.fromEntries(
        Object.entries(def.response).map(([status, s]) => [status, { description: status === '200' ? 'OK' : 'error', content: { 'application/json': { schema: conv(s) } } }]),
      ),
    };
    if (def.write) op.security = [{ bearer: [] }];
    if (def.body)
      op.requestBody = {
        required: true,
        content: Object.fromEntries(Object.entries(def.body).map(([type, s]) => [type, { schema: s ? conv(s) : { type: 'string' } }])),
      };
    (paths[path] ??= {})[def.method.toLowerCase()] = op;
  }
  const schemas = Object.fromEntries([...named].map(([id, s]) => [id, Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$id'))]));
  return {
    openapi: '3.1.0',
    info: { title: 'crosscheck API', version: VERSION, description: 'Stories, dossiers and analysed articles. See docs/api.md.' },
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required for writes when the server listens on a non-loopback address' } },
    },
  };
}
