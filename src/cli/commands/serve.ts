import { Type } from '@sinclair/typebox';
import { openRepository } from '../../store/open-repository.js';
import { IngestQueue } from '../../queue/enqueue.js';
import { useQueue } from '../../queue/queue-settings.js';
import { PostgresRepository } from '../../store/postgres-repository.js';
import { defineCommand, EXIT } from '../command.js';
import { listen, untilShutdown } from '../listen.js';
import { DbOption, dbPath, Flag, PortOption } from '../options.js';
import { requireCurrent } from '../stale-check.js';

const usage = `crosscheck serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--token T] [--queue] [--rebuild] [--verbose]

Serve the HTTP API (/api/…, /openapi.json) and the desk UI (/) from one process, on an existing
database (crosscheck ingest or POST /api/articles fill it; use \`crosscheck demo\` to try it out).
On a non-loopback --host, writes (POST /api/articles) need a bearer token: --token or
CROSSCHECK_TOKEN; without one the server refuses to start. See docs/api.md.
Unexpected server errors are logged on stderr; --verbose logs every request.
With --queue (or CROSSCHECK_QUEUE=1 and a PostgreSQL --db), uploads are enqueued for
\`crosscheck worker\` processes instead of analysed here (docs/scaling.md).
A database holding analyses of another version is refused (CC_STALE_ANALYSIS, exit 7) unless
--rebuild is given, which first re-analyses them as \`crosscheck rebuild\` does.`;

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'serve the HTTP API and the desk UI',
  usage,
  options: Type.Object({
    port: PortOption,
    host: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    db: DbOption,
    token: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })),
    queue: Flag(),
    rebuild: Flag(),
    verbose: Flag('v'),
  }),
  positionals: [],
  async run(values) {
    const db = dbPath(values.db, './crosscheck.db');
    const repo = await openRepository(db, { mustExist: true });
    try {
      // The server stores uploads and serves dossiers: both would mix two analyses.
      await requireCurrent(repo, db, { rebuild: values.rebuild === true, quiet: false });
      const queue = useQueue(values.queue, db) && repo instanceof PostgresRepository ? await IngestQueue.open(repo, db) : undefined;
      try {
        const token = values.token ?? process.env.CROSSCHECK_TOKEN;
        const server = await listen({ repo, host: values.host ?? '127.0.0.1', port: values.port ?? 8080, token: token || undefined, logger: values.verbose === true, fallbackPorts: 0, queue });
        console.log(`crosscheck desk: ${server.url}`);
        await untilShutdown(server);
        return EXIT.ok;
      } finally {
        await queue?.close();
      }
    } finally {
      await repo.close();
    }
  },
});
