import { openRepository } from '../../store/open-repository.js';
import { EXIT, type Command } from '../command.js';
import { listen, parsePort, untilShutdown } from '../listen.js';
import { dbPath, parse } from '../options.js';

const usage = `crosscheck serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--token T] [--verbose]

Serve the HTTP API (/api/…, /openapi.json) and the desk UI (/) from one process.
On a non-loopback --host, writes (POST /api/articles) need a bearer token: --token or
CROSSCHECK_TOKEN; without one the server refuses to start. See docs/api.md.`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the desk UI',
  usage,
  async run(argv) {
    const { values } = parse(
      argv,
      { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' }, token: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
      usage,
    );
    if (values.help) return void console.log(usage), EXIT.ok;
    const port = parsePort(values.port, 8080);
    const repo = await openRepository(dbPath(values.db, './crosscheck.db'));
    try {
      const token = values.token ?? process.env.CROSSCHECK_TOKEN;
      const server = await listen({ repo, host: values.host ?? '127.0.0.1', port, token: token || undefined, logger: values.verbose === true, fallbackPorts: 0 });
      console.log(`crosscheck desk: ${server.url}`);
      await untilShutdown(server);
      return EXIT.ok;
    } finally {
      await repo.close();
    }
  },
};
