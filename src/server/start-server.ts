import type { Repository } from '../store/repository.js';
import { buildApp, type AppOptions } from './build-app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Build the app and listen; `port: 0` picks a free port (the returned URL has the real one). */
export async function startServer(opts: { repo: Repository; port: number; host: string; token?: string | undefined } & Pick<AppOptions, 'rateLimit' | 'logger' | 'queue'>): Promise<RunningServer> {
  const app = await buildApp(opts);
  await app.listen({ port: opts.port, host: opts.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : opts.port;
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return { url: `http://${shownHost}:${port}/`, close: () => app.close() };
}
