import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '../../model/dossier.js';
import { requireCurrent } from '../stale-check.js';
import { packageRoot } from '../../util/package-root.js';
import { openRepository } from '../../store/open-repository.js';
import type { Repository } from '../../store/repository.js';
import { Type } from '@sinclair/typebox';
import { batchExit, defineCommand, EXIT } from '../command.js';
import { listen, parsePort, untilShutdown } from '../listen.js';
import { DbOption, Flag, PortOption } from '../options.js';
import { runIngest } from '../run-ingest.js';

const usage = `crosscheck demo [--port 8080] [--db PATH] [--no-serve]

Ingest the example corpus in examples/ into a fresh database (a temporary one unless --db),
print a summary of the stories and serve the desk on 127.0.0.1 (port from --port, else PORT,
else 8080; the next ports are tried when it is taken). --no-serve stops after the summary.`;

/** How many ports after the requested one the demo tries before giving up. */
const PORT_TRIES = 10;

function summaryLine(s: Story): string {
  const outlets = new Set(s.articles.map((a) => a.outlet ?? a.id)).size;
  const count = (status: string) => s.claims.filter((c) => c.status === status).length;
  return `  ${s.headline}\n    ${s.articles.length} articles, ${outlets} outlets · claims: ${count('corroborated')} corroborated, ${count('disputed')} disputed, ${count('single-source')} single-source · ${s.discrepancies.length} discrepancies`;
}

async function printSummary(repo: Repository): Promise<void> {
  const { articles, stories } = await repo.counts();
  console.log(`\n${stories} stories from ${articles} articles:`);
  for (const row of await repo.listStories({ sort: 'size', limit: 50 })) {
    const story = await repo.getStory(row.id);
    if (story) console.log(summaryLine(story));
  }
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'ingest the example corpus and serve the desk (npm start)',
  usage,
  options: Type.Object({ port: PortOption, db: DbOption, 'no-serve': Flag() }),
  positionals: [],
  async run(values) {
    const port = values.port ?? parsePort(process.env.PORT, 8080);
    const tmp = values.db ? null : mkdtempSync(join(tmpdir(), 'crosscheck-demo-'));
    const repo = await openRepository(values.db ?? join(tmp!, 'demo.db'));
    try {
      if (values.db) await requireCurrent(repo, values.db, { rebuild: false, quiet: false });
      const examples = fileURLToPath(new URL('examples/', packageRoot()));
      const report = await runIngest(repo, [examples], { allowPrivate: false, quiet: false });
      await printSummary(repo);
      if (values['no-serve']) return batchExit(report, report.stored + report.unchanged);
      const server = await listen({ repo, host: '127.0.0.1', port, token: undefined, logger: false, fallbackPorts: PORT_TRIES });
      console.log(`\nOpen the desk: ${server.url}   (Ctrl-C to stop)`);
      await untilShutdown(server);
      return EXIT.ok;
    } finally {
      await repo.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  },
});
