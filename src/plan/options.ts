// Generator options: one parser for every way they arrive — the library API, CLI flags, a config
// file and the `Options:` header that `dtogen update` reads — so that a value means the same, and
// a bad one gets the same diagnostic, whichever way it came and for every language.
//
// The rules, the same everywhere:
// - keys are ServiceStack's header keys, matched without regard to case (as ServiceStack reads
//   them from a query string): `addResponseStatus` is `AddResponseStatus`;
// - boolean options take true/false, or the words True/False in any case;
// - other options take text (a number is taken as its decimal text), checked against the
//   option's grammar (see option-grammars.ts);
// - surrounding white space is dropped, and an empty value means "not set" (as the server treats
//   an empty query-string value).

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { TEXT, type OptionGrammar } from './option-grammars.js';

export type OptionValue = string | boolean;

/**
 * One generator option, as ServiceStack names it in the file header (`AddResponseStatus`). The
 * same descriptor gives the CLI flag, the header line, the config schema and the default.
 */
export interface OptionDescriptor {
  /** Header key, ServiceStack's spelling. */
  key: string;
  type: 'boolean' | 'string';
  /** What a string value must look like (default: one line of text). */
  grammar?: OptionGrammar;
  /** What the server uses when the option is not set; `''` prints as an empty header value. */
  default: OptionValue;
  description: string;
  /**
   * Honoured, but not listed in ServiceStack's header (it reads it from the query string, which
   * `x update` builds from the header lines a user adds): printed only when set, so that it survives
   * `dtogen update`.
   */
  hidden?: boolean;
}

/** One option as a source gives it, with where it was written (for messages). */
export interface OptionEntry {
  key: string;
  value: unknown;
  /** Where the key is (a config pointer, a header line); the value's own location when known. */
  at?: SourceLocation;
  valueAt?: SourceLocation;
}

export interface ParsedOptions {
  /** The options set, by their descriptor key, with coerced values. */
  values: Map<string, OptionValue>;
  /** Where each set option's value was written, by descriptor key (for warnings about the value). */
  locations: Map<string, SourceLocation>;
  diagnostics: Diagnostic[];
}

/** Checks and coerces `entries` against a language's options. */
export function parseOptions(descriptors: readonly OptionDescriptor[], language: string, entries: Iterable<OptionEntry>): ParsedOptions {
  const byKey = new Map(descriptors.map((d) => [d.key.toLowerCase(), d]));
  const values = new Map<string, OptionValue>();
  const locations = new Map<string, SourceLocation>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const descriptor = byKey.get(entry.key.toLowerCase());
    if (!descriptor) {
      diagnostics.push(diagnostic('unknown-option', { name: entry.key, language, known: descriptors.map((d) => d.key) }, entry.at));
      continue;
    }
    const coerced = coerce(descriptor, entry.value);
    if (coerced.ok) {
      if (coerced.value !== undefined) values.set(descriptor.key, coerced.value);
      const at = entry.valueAt ?? entry.at;
      if (coerced.value !== undefined && at) locations.set(descriptor.key, at);
    } else {
      diagnostics.push(diagnostic('bad-option-value', { name: descriptor.key, value: shown(entry.value), expected: coerced.expected }, entry.valueAt ?? entry.at));
    }
  }
  return { values, locations, diagnostics };
}

/** The entries of an options object (the library API, a config's `options`). */
export function entriesOf(options: Readonly<Record<string, unknown>>, at?: (key: string) => SourceLocation | undefined): OptionEntry[] {
  return Object.entries(options).map(([key, value]) => {
    const location = at?.(key);
    return { key, value, ...(location ? { at: location } : {}) };
  });
}

type Coerced = { ok: true; value: OptionValue | undefined } | { ok: false; expected: string };

function coerce(descriptor: OptionDescriptor, raw: unknown): Coerced {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : undefined;
  if (descriptor.type === 'boolean') {
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    if (text === '') return { ok: true, value: undefined };
    if (text !== undefined && /^(true|false)$/i.test(text)) return { ok: true, value: /^true$/i.test(text) };
    return { ok: false, expected: 'True or False' };
  }
  const grammar = descriptor.grammar ?? TEXT;
  if (text === undefined) return { ok: false, expected: grammar.expected };
  if (text === '') return { ok: true, value: undefined };
  return TEXT.accepts(text) && grammar.accepts(text) ? { ok: true, value: text } : { ok: false, expected: grammar.expected };
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** A language's options with the user's values over the defaults: what a plan reads. */
export class ResolvedOptions {
  constructor(
    readonly descriptors: readonly OptionDescriptor[],
    /** The options the user set. */
    readonly set: ReadonlyMap<string, OptionValue>,
    /** Defaults that differ from the descriptors' (operation mode uses the server's own). */
    private readonly defaults: ReadonlyMap<string, OptionValue> = new Map(),
  ) {}

  value(key: string): OptionValue | undefined {
    return this.set.get(key) ?? this.defaults.get(key) ?? this.descriptors.find((d) => d.key === key)?.default;
  }

  flag(key: string): boolean {
    return this.value(key) === true;
  }

  text(key: string): string {
    const value = this.value(key);
    return typeof value === 'string' ? value : '';
  }

  /** A whole-number option (AddImplicitVersion), or undefined when not set. */
  number(key: string): number | undefined {
    const text = this.text(key);
    return text === '' ? undefined : Number(text);
  }
}
