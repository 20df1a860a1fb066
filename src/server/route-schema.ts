import type { FastifyInstance, FastifySchema } from 'fastify';
import { namedSchemas, splitNamed, type JsonSchema } from './schema-refs.js';
import { routeDefs, type RouteDef } from './route-table.js';

const fastifyRef = (id: string) => `${id}#`;

function allSchemas(def: RouteDef): object[] {
  return [def.params, def.querystring, ...Object.values(def.body ?? {}), ...Object.values(def.response)].filter((s): s is NonNullable<typeof s> => s != null);
}

/** The definition a fastify schema was made from (see fastifySchema), so registered routes can be listed with it. */
const DEF = Symbol('route definition');
type DefinedSchema = FastifySchema & { [DEF]?: RouteDef };

/** One registered route: its method and URL as fastify has them, and the definition it was declared with, if any. */
export interface RegisteredRoute {
  method: string;
  url: string;
  def: RouteDef | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app as registered, in order (filled by an onRoute hook of registerSchemas). */
    registeredRoutes: RegisteredRoute[];
  }
}

/**
 * Register every named schema used by the route table once, so routes can `$ref` them; and list
 * every route registered after this (in any plugin) with its definition, so tests can walk all
 * routes, including those declared outside the route table.
 */
export function registerSchemas(app: FastifyInstance): void {
  const named = namedSchemas(Object.values(routeDefs).flatMap(allSchemas), fastifyRef);
  for (const [id, schema] of named) app.addSchema({ ...schema, $id: id });
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url, def: (r.schema as DefinedSchema | undefined)?.[DEF] ?? null });
  });
}

/**
 * fastify's validator coerces `?limit=1e999` to Infinity and then lets it through an integer
 * schema with a maximum (ajv's coercion quirk), and an integer past 2^53 (`?offset=1e20`) reached
 * SQLite as a float it refuses: the store failed on both. Numeric parameters therefore refuse
 * ±Infinity (error-handler.ts words it) and integers without a maximum get the largest exact one.
 */
function finiteNumbers(schema: unknown): unknown {
  const props = (schema as { properties?: Record<string, { type?: unknown; maximum?: unknown }> }).properties;
  if (!props) return schema;
  const bounded = (p: { type?: unknown; maximum?: unknown }) => ({
    ...p,
    ...(p.type === 'integer' && p.maximum === undefined ? { maximum: Number.MAX_SAFE_INTEGER } : {}),
    not: { enum: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] },
  });
  return { ...(schema as object), properties: Object.fromEntries(Object.entries(props).map(([k, p]) => [k, p.type === 'integer' || p.type === 'number' ? bounded(p) : p])) };
}

/** A route definition's schemas in fastify's shape, named parts replaced by `$ref`s. */
export function fastifySchema(def: RouteDef): FastifySchema {
  const named = new Map<string, JsonSchema>();
  const conv = (s: object) => splitNamed(s, fastifyRef, named, false);
  const schema: DefinedSchema = { response: Object.fromEntries(Object.entries(def.response).map(([k, v]) => [k, conv(v)])) };
  Object.defineProperty(schema, DEF, { value: def, enumerable: false });
  if (def.params) schema.params = finiteNumbers(conv(def.params));
  if (def.querystring) schema.querystring = finiteNumbers(conv(def.querystring));
  if (def.body) {
    const content: Record<string, { schema: unknown }> = {};
    for (const [type, s] of Object.entries(def.body)) if (s) content[type] = { schema: conv(s) };
    schema.body = { content };
  }
  return schema;
}
