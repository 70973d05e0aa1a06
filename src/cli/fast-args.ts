// `dtogen generate` without yargs: importing yargs and the help text it builds for every command it
// runs take more time than generating a small file. This parser reads the plain command lines
// (known options, each value given once and in full) into exactly what yargs would give; for any
// other — help, version, a mistake, a form whose reading is in doubt — it returns undefined and
// yargs parses the line, with its messages.

import { GENERATE_OPTIONS, DEFAULT_TIMEOUT_SECONDS, timeoutProblem, type GenerateOption } from './generate-options.js';
import { optionFlags } from './flags.js';
import type { GenerateArgs } from './generate-command.js';

type Option = GenerateOption & {
  name: string;
  /** A generator option flag that is a boolean: a bare `--flag` is ''. */
  bareIsEmpty?: boolean;
  /** A generator option flag: takes '' as its value, as yargs gives it. */
  generator?: boolean;
};

/** Options that may be given several times: yargs collects them into an array. */
const REPEATABLE = new Set(['lang', 'header']);

let table: { long: Map<string, Option>; short: Map<string, Option> } | undefined;

function options() {
  if (!table) {
    const long = new Map<string, Option>();
    const short = new Map<string, Option>();
    for (const [name, o] of Object.entries(GENERATE_OPTIONS) as [string, GenerateOption][]) {
      long.set(name, { ...o, name });
      if (o.alias !== undefined) short.set(o.alias, { ...o, name });
    }
    // Every generator option flag takes text (see yargs-cli.ts); the options parser checks it.
    for (const f of optionFlags()) long.set(f.flag, { type: 'string', name: f.flag, generator: true, bareIsEmpty: f.type === 'boolean' });
    table = { long, short };
  }
  return table;
}

/** The arguments after `generate`, as yargs would parse them; undefined when yargs must. */
export function fastGenerateArgs(argv: readonly string[]): GenerateArgs | undefined {
  const { long, short } = options();
  const args: Record<string, unknown> = {};
  const set = (option: Option, value: unknown): boolean => {
    const known = args[option.name];
    if (known === undefined) args[option.name] = value;
    else if (REPEATABLE.has(option.name)) args[option.name] = [...(Array.isArray(known) ? known : [known]), value];
    else return false;
    return true;
  };
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (!token.startsWith('-')) {
      if (input !== undefined) return undefined; // an extra argument: yargs says so
      input = token;
      continue;
    }
    const equals = token.indexOf('=');
    const named = token.startsWith('--') ? token.slice(2, equals < 0 ? undefined : equals) : token.length === 2 ? token.slice(1) : undefined;
    if (named === undefined) return undefined; // `-lpython`, `-wc`: grouped short options
    const inline = equals < 0 ? undefined : token.slice(equals + 1);
    const negated = token.startsWith('--no-') && inline === undefined ? long.get(named.slice(3)) : undefined;
    const option = negated ?? (token.startsWith('--') ? long.get(named) : inline === undefined ? short.get(named) : undefined);
    if (!option) return undefined; // --help, --version, an unknown or mistyped option
    if (negated) {
      // `--no-watch`, `--no-add-response-status`: false, for the options that are booleans.
      if (!(option.type === 'boolean' || option.bareIsEmpty) || !set(option, false)) return undefined;
      continue;
    }
    if (option.type === 'boolean') {
      // yargs would read a following `true`/`false` as the value; leave those forms to it.
      if (inline !== undefined || argv[i + 1] === 'true' || argv[i + 1] === 'false' || !set(option, true)) return undefined;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-')) {
        value = next;
        i++;
      } else if (option.bareIsEmpty) value = '';
      else return undefined;
    }
    if (value === '' && !option.generator) return undefined;
    if (option.type === 'number') {
      if (!/^\d+(\.\d+)?$/.test(value)) return undefined;
      const seconds = Number(value);
      if (timeoutProblem(seconds) !== undefined || !set(option, seconds)) return undefined;
      continue;
    }
    if (!set(option, value)) return undefined;
  }
  return { ...(input !== undefined ? { input } : {}), timeout: DEFAULT_TIMEOUT_SECONDS, ...args } as GenerateArgs;
}
