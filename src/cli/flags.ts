// Shared by the CLI's commands: exit codes, output streams and the generator option flags.

import type { SourceLocation } from '../model/types.js';
import { entriesOf, parseOptions } from '../plan/options.js';
import { findTarget, TARGETS } from '../targets/index.js';
import type { OutputStreams } from '../workflow/streams.js';
import type { OptionValue } from '../targets/target.js';

export const EXIT_OK = 0;
/** The input (or an output location) has a problem; diagnostics say which. */
export const EXIT_INPUT = 1;
/** The command line itself is wrong. */
export const EXIT_USAGE = 2;

export type CliIO = OutputStreams & {
  /** Standard error is a terminal: long runs show their progress there. */
  interactive?: boolean;
  /** The regular file standard output is redirected to, if it is (stdout-file.ts). */
  stdoutFile?: () => string | undefined;
};

export interface OptionFlag {
  flag: string;
  key: string;
  type: 'boolean' | 'string';
  description: string;
  /** The languages that have the option. */
  languages: string[];
}

/**
 * Every target's options as kebab-case flags (`AddResponseStatus` → `--add-response-status`). An
 * option several languages share is one flag; its help text is the first language's, and names
 * the languages that take it.
 */
export function optionFlags(): OptionFlag[] {
  const seen = new Map<string, OptionFlag>();
  for (const t of TARGETS) {
    for (const o of t.policy.options) {
      const known = seen.get(o.key);
      if (known) known.languages.push(t.id);
      else seen.set(o.key, { flag: kebab(o.key), key: o.key, type: o.type, description: o.description, languages: [t.id] });
    }
  }
  return [...seen.values()];
}

/** The generator options set on the command line, by header key. */
export function optionsFromFlags(args: Readonly<Record<string, unknown>>): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  for (const o of optionFlags()) {
    const value = args[o.flag];
    // A bare boolean flag (`--add-response-status`) means True.
    if (o.type === 'boolean' && value === '') options[o.key] = true;
    else if (typeof value === 'boolean' || typeof value === 'string') options[o.key] = value;
  }
  return options;
}

/** Where each of those options was set: its flag (`--include-types`), so that warnings name it. */
export function flagLocations(args: Readonly<Record<string, unknown>>): Record<string, SourceLocation> {
  const locations: Record<string, SourceLocation> = {};
  for (const o of optionFlags()) if (args[o.flag] !== undefined) locations[o.key] = { file: `--${o.flag}` };
  return locations;
}

function kebab(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * The options that `lang` has, of those set for several languages at once: each flag goes to
 * every language that takes it.
 */
export function optionsFor(lang: string, options: Readonly<Record<string, OptionValue>>): Record<string, OptionValue> {
  const keys = new Set(findTarget(lang)?.policy.options.map((o) => o.key));
  return Object.fromEntries(Object.entries(options).filter(([key]) => keys.has(key)));
}

/**
 * The first problem of option flags given for several languages: a flag none of them takes (as the
 * first language reports it), or a value one of them refuses.
 */
export function optionsProblem(langs: readonly string[], options: Record<string, OptionValue>): string | undefined {
  // One language: its own first problem, in the order the flags were given.
  if (langs.length === 1) return optionProblem(langs[0] as string, options);
  const untaken = Object.fromEntries(Object.entries(options).filter(([key]) => !langs.some((lang) => key in optionsFor(lang, { [key]: true }))));
  if (Object.keys(untaken).length > 0) return optionProblem(langs[0] as string, untaken);
  for (const lang of langs) {
    const problem = optionProblem(lang, optionsFor(lang, options));
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** A bad option flag is a usage error: its first problem, as every other source of options reports it. */
export function optionProblem(lang: string, options: Record<string, OptionValue>): string | undefined {
  const target = findTarget(lang);
  if (!target) return undefined; // the language is checked where it is named
  return parseOptions(target.policy.options, target.id, entriesOf(options)).diagnostics[0]?.message;
}
