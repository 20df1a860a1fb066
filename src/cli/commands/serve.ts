import { openRepository } from '../../store/open-repository.js';
import { IngestQueue } from '../../queue/enqueue.js';
import { useQueue } from '../../queue/queue-settings.js';
import { PostgresRepository } from '../../store/postgres-repository.js';
import { EXIT, type Command } from '../command.js';
import { listen, parsePort, untilShutdown } from '../listen.js';
import { dbPath, parse } from '../options.js';

const usage = `crosscheck serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--token T] [--queue] [--verbose]

Serve the HTTP API (/api/…, /openapi.json) and the desk UI (/) from one process.
On a non-loopback --host, writes (POST /api/articles) need a bearer token: --token or
CROSSCHECK_TOKEN; without one the server refuses to start. See docs/api.md.
With --queue (or CROSSCHECK_QUEUE=1 and a PostgreSQL --db), uploads are enqueued for
\`crosscheck worker\` processes instead of analysed here (docs/scaling.md).`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the desk UI',
  usage,
  async run(argv) {
    const { values } = parse(
      argv,
      { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, token: { type: 'string' }, queue: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } },
      usage,
    );
    if (values.help) return void console.log(usage), EXIT.ok;
    const port = parsePort(values.port, 8080);
    const db = dbPath(values.db, './crosscheck.db');
    const repo = await openRepository(db);
    const queue = useQueue(values.queue, db) && repo instanceof PostgresRepository ? await IngestQueue.open(repo, db) : undefined;
    try {
      const token = values.token ?? process.env.CROSSCHECK_TOKEN;
      const server = await listen({ repo, host: values.host ?? '127.0.0.1', port, token: token || undefined, logger: values.verbose === true, fallbackPorts: 0, queue });
      console.log(`crosscheck desk: ${server.url}`);
      await untilShutdown(server);
      return EXIT.ok;
    } finally {
      await queue?.close();
      await repo.close();
    }
  },
};
