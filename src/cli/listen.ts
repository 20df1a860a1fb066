import { startServer, type RunningServer } from '../server/start-server.js';
import type { IngestQueue } from '../queue/enqueue.js';
import type { Repository } from '../store/repository.js';
import { CrosscheckError } from '../errors.js';

export interface ListenOptions {
  repo: Repository;
  host: string;
  port: number;
  token: string | undefined;
  logger: boolean;
  /** How many following ports to try when the port is taken (0: fail at once). */
  fallbackPorts: number;
  queue?: IngestQueue | undefined;
}

/** Start the server, moving on to the next port while the port is in use. */
export async function listen(opts: ListenOptions): Promise<RunningServer> {
  for (let i = 0; ; i++) {
    try {
      return await startServer({ repo: opts.repo, host: opts.host, port: opts.port + i, token: opts.token, logger: opts.logger, queue: opts.queue });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EADDRINUSE' || i >= opts.fallbackPorts) throw e;
    }
  }
}

/** Resolve when the process is asked to stop (Ctrl-C, SIGTERM), after closing the server. */
export function untilShutdown(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** A port from the environment (the --port option is validated by its schema); `name` is what the message calls it. */
export function parsePort(value: string | undefined, fallback: number, name = 'PORT'): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CrosscheckError('CC_USAGE', [`${name} must be an integer from 0 to 65535, not ${value}`]);
  return n;
}
