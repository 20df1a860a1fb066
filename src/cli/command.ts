import type { Static, TObject } from '@sinclair/typebox';
import type { Positionals } from './options.js';

/**
 * A CLI command: its usage text, its options as one TypeBox schema and the names of its
 * positional arguments. `main` parses and validates the command line from these before `run`,
 * so a handler only ever sees valid, typed values. Handlers return the process exit code.
 */
export interface Command<S extends TObject = TObject> {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: S;
  readonly positionals: Positionals;
  run(values: Static<S>, positionals: string[]): Promise<number>;
}

/** Declare a command with its option types inferred from its schema. */
export const defineCommand = <S extends TObject>(c: Command<S>): Command<S> => c;

/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  usage: 1,
  input: 2,
  notBuilt: 3,
  notFound: 4,
  internal: 5,
  nothingStored: 6,
  stale: 7,
} as const;

/** The exit code of a batch: 0 when nothing failed, 6 when every input failed (nothing stored), else 2. */
export function batchExit(report: { errors: readonly unknown[] }, kept: number): number {
  if (report.errors.length === 0) return EXIT.ok;
  return kept === 0 ? EXIT.nothingStored : EXIT.input;
}
