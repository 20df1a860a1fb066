import type { FastifyPluginAsync } from 'fastify';
import { openApiDocument } from './openapi.js';
import { routeDefs, type RouteDef } from './route-table.js';

export const openApiRoutes: FastifyPluginAsync = async (app) => {
  // Built on first request, when every plugin has registered its routes.
  let doc: ReturnType<typeof openApiDocument> | null = null;
  app.get('/openapi.json', async () => {
    if (!doc) {
      const named = Object.entries(routeDefs).map(([name, def]) => [def, name] as const);
      const nameOf = new Map<RouteDef, string>(named);
      const defs: Record<string, RouteDef> = {};
      for (const r of app.registeredRoutes) if (r.def) defs[nameOf.get(r.def) ?? operationId(r.def)] = r.def;
      doc = openApiDocument(defs);
    }
    return doc;
  });
};

/** An operation id for a route declared outside the table: "GET /api/stories/:id/dossier" → "getApiStoriesIdDossier". */
function operationId(def: RouteDef): string {
  const words = [def.method.toLowerCase(), ...def.url.split(/[/:]+/).filter(Boolean)];
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}
