/** A CLI command: its usage text and its handler. Handlers return the process exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: string[]): Promise<number>;
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  usage: 1,
  input: 2,
  notBuilt: 3,
  notFound: 4,
  internal: 5,
} as const;
