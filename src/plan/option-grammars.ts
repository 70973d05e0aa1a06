// What an option's value may look like. Option values travel in flags, config files and the
// `Options:` header of committed files, and several are copied into generated code (Python's
// decorator arguments, import lists, base class and namespace names), so each is checked against a
// grammar wherever it comes from: a value that does not match is refused, never filtered or
// copied as it is. A grammar describes what it accepts for the diagnostic's `expected …` part.

import { isSafeIdentifier } from '../model/identifiers.js';

export interface OptionGrammar {
  /** For messages: `expected ${expected}`. */
  expected: string;
  accepts(value: string): boolean;
}

const grammar = (expected: string, accepts: (value: string) => boolean): OptionGrammar => ({ expected, accepts });

/** Every value that is one line of text: what header lines can hold (control characters refused). */
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f\u0085\u2028\u2029]*$/;
export const TEXT: OptionGrammar = grammar('one line of text', (v) => ONE_LINE.test(v));

/** AddImplicitVersion: the version number every request sends. */
export const WHOLE_NUMBER: OptionGrammar = grammar('a whole number', (v) => /^\d{1,9}$/.test(v));

/** A class name (Swift's BaseClass). */
export const CLASS_NAME: OptionGrammar = grammar('a class name', isSafeIdentifier);

/** A dotted name of identifiers (a namespace: `MyApp.Dtos`). */
export const DOTTED_NAME: OptionGrammar = grammar('a dotted name such as MyApp.Dtos', (v) => v.split('.').every(isSafeIdentifier));

/** IncludeTypes, ExcludeTypes, TreatTypesAsStrings: `Name`, `Name.*`, `*.Name`, `Namespace/*`, `{tag}`, comma separated. */
export const TYPE_LIST: OptionGrammar = grammar('type names and patterns, comma separated', (v) => /^[A-Za-z0-9_.*/{}`, -]*$/.test(v));

/** The items of a comma-separated option value, trimmed, empty ones dropped. */
export function listItems(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A comma-separated list whose every item matches `item`. */
function listOf(expected: string, item: RegExp): OptionGrammar {
  return grammar(expected, (v) => v.split(',').every((s) => item.test(s.trim())));
}

/** Python DefaultImports: `module` or `module:Name/Name` (`*` for all); a module is a dotted name (`a.b`, never `a.` or `a..b`). */
export const PYTHON_IMPORTS = listOf('Python imports such as datetime,typing:List/Optional', /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*(:(\*|[A-Za-z_]\w*(\/[A-Za-z_]\w*)*))?$/);

/** TypeScript DefaultImports: `Name/Name:module`, or a module imported for its effects (`./polyfills`, quoted or not). */
export const TYPESCRIPT_IMPORTS = listOf(
  'TypeScript imports such as IReturn/IGet:@servicestack/client',
  /^([A-Za-z_$][\w$]*(\/[A-Za-z_$][\w$]*)*:[\w@./-]+|[\w@./-]+|"[\w@./-]+"|'[\w@./-]+')$/,
);

/** Swift DefaultImports: module names. */
export const SWIFT_IMPORTS = listOf('Swift module names such as Foundation,ServiceStack', /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/);

/**
 * Python decorator arguments: `name=value, …` with names the decorator takes and literal values.
 * Anything else (a call, an attribute of an arbitrary module, a second statement) could run code
 * when the generated module is imported.
 */
function pythonKeywordArguments(expected: string, values: ReadonlyMap<string, RegExp>): OptionGrammar {
  return grammar(expected, (text) => {
    const seen = new Set<string>();
    return text.split(',').every((argument) => {
      const match = /^\s*([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/.exec(argument);
      if (!match) return false;
      const [, name = '', value = ''] = match;
      // A repeated keyword is a SyntaxError in Python.
      if (seen.has(name)) return false;
      seen.add(name);
      return values.get(name)?.test(value) ?? false;
    });
  });
}

const PYTHON_BOOL = /^(True|False)$/;

/** @dataclass(...): the arguments of dataclasses.dataclass (Python 3.10+). */
export const PYTHON_DATACLASS_ARGS = pythonKeywordArguments(
  'dataclass arguments such as frozen=True, kw_only=True',
  new Map(['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'].map((n) => [n, PYTHON_BOOL])),
);

/** @dataclass_json(...): letter_case and undefined, as dataclasses_json spells them. */
export const PYTHON_DATACLASS_JSON_ARGS = pythonKeywordArguments(
  'dataclass_json arguments such as letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE',
  new Map([
    ['letter_case', /^(LetterCase\.(CAMEL|KEBAB|SNAKE|PASCAL)|None)$/],
    ['undefined', /^(Undefined\.(EXCLUDE|INCLUDE|RAISE)|'(EXCLUDE|INCLUDE|RAISE)'|"(EXCLUDE|INCLUDE|RAISE)"|None)$/],
  ]),
);
