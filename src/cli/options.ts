import { Kind, Type, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { editDistance } from '../analyze/entities/entity-keys.js';
import { CrosscheckError } from '../errors.js';
import { StoryListQuerySchema } from '../server/api-schemas.js';

/**
 * Every command's options are one TypeBox object schema: the parser below reads its properties'
 * kinds (flag, number, text) to split the command line, then validates the values against the
 * same schema, so `--limit abc`, `--limit -3` and `--limit 1e999` are usage errors naming the
 * option before anything is opened. A property may carry `short: 'f'` for a one-letter alias.
 * The API's schemas are reused where a CLI option means the same thing (stories' --limit, --sort).
 */

/** A flag: present or absent, never given a value. */
export const Flag = (short?: string) => Type.Optional(Type.Boolean(short ? { short } : {}));

/** --db: a file path, `:memory:` or a postgres:// URL. */
export const DbOption = Type.Optional(Type.String({ minLength: 1, maxLength: 4096 }));

export const FormatOption = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('md'), Type.Literal('html')], { short: 'f' }));

export const PortOption = Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 }));

export const QuietOption = Flag('q');

/** `stories` lists what GET /api/stories lists: its query's fields, with the same bounds. */
export const StoryListOptions = StoryListQuerySchema.properties;

/** What a command takes besides options: names in the usage; `name…` takes one or more, `[name]` is optional. */
export type Positionals = readonly string[];

export interface ParsedCommandLine<S extends TObject> {
  values: Static<S>;
  positionals: string[];
  help: boolean;
}

type OptionKind = 'flag' | 'number' | 'text';

function kindOf(s: TSchema): OptionKind {
  if (s[Kind] === 'Boolean') return 'flag';
  if (s[Kind] === 'Integer' || s[Kind] === 'Number') return 'number';
  return 'text';
}

const usageError = (message: string) => new CrosscheckError('CC_USAGE', [message]);

/** " (did you mean --limit?)" for a near miss among the known names, else nothing. */
export function didYouMean(name: string, known: readonly string[], prefix: string): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best === null ? '' : ` (did you mean ${prefix}${best}?)`;
}

/** What a value must look like, in words, for the error message. */
function expected(s: TSchema): string {
  if (s[Kind] === 'Union') return `one of ${(s.anyOf as TSchema[]).map((t) => String(t.const)).join(', ')}`;
  const range = (): string => {
    const min = s.minimum as number | undefined;
    const max = s.maximum as number | undefined;
    if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
    const bounds = [min !== undefined ? `≥ ${min}` : '', s.exclusiveMinimum !== undefined ? `> ${String(s.exclusiveMinimum)}` : '', max !== undefined ? `≤ ${max}` : ''];
    const text = bounds.filter(Boolean).join(' and ');
    return text ? ` ${text}` : '';
  };
  if (s[Kind] === 'Integer') return `an integer${range()}`;
  if (s[Kind] === 'Number') return `a number${range()}`;
  const max = s.maxLength as number | undefined;
  return max !== undefined ? `text of 1 to ${max} characters` : 'a non-empty value';
}

/** A number as written on a command line, else the text itself (which then fails the schema). */
function numberOrText(v: string): number | string {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
}

const shown = (v: string) => (v === '' ? "''" : v.length > 60 ? `${v.slice(0, 57)}…` : v);

/** Split and validate a command line against the command's option schema and positional names. */
export function parseCommandLine<S extends TObject>(argv: readonly string[], schema: S, positionals: Positionals): ParsedCommandLine<S> {
  const props = schema.properties as Record<string, TSchema>;
  const byShort = new Map<string, string>(Object.entries(props).flatMap(([name, s]) => (typeof s.short === 'string' ? [[s.short, name] as const] : [])));
  const values: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  const rest: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      rest.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq > 0 ? arg.slice(0, eq) : arg;
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written.slice(1));
    const s = name === undefined || !Object.hasOwn(props, name) ? undefined : props[name];
    if (name === undefined || s === undefined)
      throw usageError(`unknown option ${written}${didYouMean(written.replace(/^-+/, ''), Object.keys(props), '--')}`);
    const kind = kindOf(s);
    if (kind === 'flag') {
      if (eq > 0) throw usageError(`--${name} is a flag and takes no value (got ${shown(arg.slice(eq + 1))})`);
      values[name] = true;
      continue;
    }
    // The next argument is the value whatever it looks like, so `--limit -3` is read as -3 and refused by the schema.
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw usageError(`--${name} needs a value: ${expected(s)}`);
    raw[name] = value;
    values[name] = kind === 'number' ? numberOrText(value) : value;
  }
  if (!help) {
    const error = Value.Errors(schema, values).First();
    if (error) {
      const name = error.path.split('/')[1] ?? '';
      const s = props[name];
      throw usageError(s ? `--${name} must be ${expected(s)}, not ${shown(raw[name] ?? String(values[name]))}` : `${error.path}: ${error.message}`);
    }
    checkPositionals(rest, positionals);
  }
  return { values: values as Static<S>, positionals: rest, help };
}

function checkPositionals(given: readonly string[], names: Positionals): void {
  const required = names.filter((n) => !n.startsWith('['));
  const variadic = names.some((n) => n.endsWith('…') || n.endsWith('…]'));
  if (given.length < required.length) throw usageError(`missing <${required[given.length]!.replace('…', '')}>`);
  if (!variadic && given.length > names.length) throw usageError(`unexpected argument ${shown(given[names.length]!)}`);
}

/** --db, else CROSSCHECK_DB, else the given default. */
export function dbPath(value: string | undefined, fallback: string): string {
  return value ?? process.env.CROSSCHECK_DB ?? fallback;
}
