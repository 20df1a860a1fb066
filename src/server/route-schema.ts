import type { FastifyInstance, FastifySchema } from 'fastify';
import { namedSchemas, splitNamed, type JsonSchema } from './schema-refs.js';
import { routeDefs, type RouteDef } from './route-table.js';

const fastifyRef = (id: string) => `${id}#`;

function allSchemas(def: RouteDef): object[] {
  return [def.params, def.querystring, ...Object.values(def.body ?? {}), ...Object.values(def.response)].filter((s): s is NonNullable<typeof s> => s != null);
}

/** Register every named schema used by the route table once, so routes can `$ref` them. */
export function registerSchemas(app: FastifyInstance): void {
  const named = namedSchemas(Object.values(routeDefs).flatMap(allSchemas), fastifyRef);
  for (const [id, schema] of named) app.addSchema({ ...schema, $id: id });
}

/** A route definition's schemas in fastify's shape, named parts replaced by `$ref`s. */
export function fastifySchema(def: RouteDef): FastifySchema {
  const named = new Map<string, JsonSchema>();
  const conv = (s: object) => splitNamed(s, fastifyRef, named, false);
  const schema: FastifySchema = { response: Object.fromEntries(Object.entries(def.response).map(([k, v]) => [k, conv(v)])) };
  if (def.params) schema.params = conv(def.params);
  if (def.querystring) schema.querystring = conv(def.querystring);
  if (def.body) {
    const content: Record<string, { schema: unknown }> = {};
    for (const [type, s] of Object.entries(def.body)) if (s) content[type] = { schema: conv(s) };
    schema.body = { content };
  }
  return schema;
}
