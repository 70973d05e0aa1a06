import type { SourceLocation } from '../model/types.js';
import { terminalText } from './terminal.js';

export type Severity = 'error' | 'warning';

/**
 * The catalogue of every problem dtogen reports. Codes are stable: tools and tests may rely on
 * them; messages may improve.
 */
const CATALOGUE = {
  'read-failed': { severity: 'error', message: (p: { reason: string }) => `cannot read input: ${p.reason}` },
  'read-config-failed': { severity: 'error', message: (p: { reason: string }) => `cannot read config: ${p.reason}` },
  // The location names the URL.
  'fetch-failed': { severity: 'error', message: (p: { reason: string }) => `cannot fetch: ${p.reason}` },
  'invalid-utf8': { severity: 'error', message: (_p: Record<string, never>) => 'not valid UTF-8' },
  'invalid-json': { severity: 'error', message: (p: { reason: string }) => `not valid JSON: ${p.reason}` },
  'invalid-yaml': { severity: 'error', message: (p: { reason: string }) => `not valid YAML: ${p.reason}` },
  'bad-ref': { severity: 'error', message: (p: { ref: string; reason: string }) => `cannot resolve $ref ${quote(p.ref)}: ${p.reason}` },
  'ref-cycle': { severity: 'error', message: (p: { cycle: string[] }) => `$ref cycle: ${p.cycle.map(quote).join(' -> ')}` },
  'union-fallback': {
    severity: 'warning',
    message: (p: { language: string; type: string }) => `${p.language} has no union type: oneOf/anyOf typed as ${p.type}`,
  },
  'invalid-shape': {
    severity: 'error',
    message: (p: { expected: string; found: string }) => `expected ${p.expected}, found ${p.found}`,
  },
  'unsafe-identifier': {
    severity: 'error',
    message: (p: { what: string; name: string }) => `${p.what} ${quote(p.name)} is not a safe identifier`,
  },
  'bad-type-name': { severity: 'error', message: (p: { text: string; reason: string }) => `cannot read type ${quote(p.text)}: ${p.reason}` },
  'unsupported-name': {
    severity: 'error',
    message: (p: { what: string; name: string; language: string }) => `${p.what} ${quote(p.name)} cannot be declared in ${p.language}`,
  },
  'unknown-type': { severity: 'warning', message: (p: { name: string }) => `unknown type ${quote(p.name)}: the document does not describe it; typed as Object` },
  'duplicate-type': {
    severity: 'error',
    message: (p: { name: string; other: string }) => `duplicate type name ${quote(p.name)} (also declared at ${p.other})`,
  },
  'duplicate-operation': {
    severity: 'error',
    message: (p: { name: string; other: string }) => `duplicate operation ${quote(p.name)} (also declared at ${p.other})`,
  },
  'base-type-cycle': { severity: 'error', message: (p: { cycle: string[] }) => `base type cycle: ${p.cycle.join(' -> ')}` },
  'bad-base-type': { severity: 'error', message: (p: { name: string; reason: string }) => `base type ${quote(p.name)} ${p.reason}` },
  'generic-arity': {
    severity: 'error',
    message: (p: { name: string; expected: number; found: number }) =>
      `type ${quote(p.name)} takes ${p.expected} type argument(s), found ${p.found}`,
  },
  'missing-generic-args': {
    severity: 'warning',
    message: (p: { name: string }) => `${quote(p.name)} has no generic arguments; its elements are typed as Object`,
  },
  'too-many-init-parameters': {
    severity: 'error',
    message: (p: { name: string; count: number; limit: number }) =>
      `the constructor of ${quote(p.name)} would list ${p.count} properties of the class and its bases in its JSDoc, more than ${p.limit} (AddDocAnnotations: false leaves the JSDoc out)`,
  },
  'unknown-operation': { severity: 'error', message: (p: { name: string }) => `no operation named ${quote(p.name)}` },
  'unknown-option': {
    severity: 'error',
    message: (p: { name: string; language: string; known: string[] }) =>
      `unknown ${p.language} option ${quote(p.name)} (known: ${p.known.join(', ')})`,
  },
  'bad-option-value': {
    severity: 'error',
    message: (p: { name: string; value: string; expected: string }) => `option ${p.name}: expected ${p.expected}, found ${quote(p.value)}`,
  },
  'unmatched-type-pattern': {
    severity: 'warning',
    message: (p: { option: string; pattern: string; lacking: string }) => `option ${p.option}: ${quote(p.pattern)} matches no ${p.lacking} in the metadata`,
  },
  'format-failed': { severity: 'error', message: (p: { reason: string }) => `cannot format with prettier: ${p.reason}` },
  'unknown-field': {
    severity: 'error',
    message: (p: { name: string; known: string[] }) => `unknown field ${quote(p.name)} (known: ${p.known.join(', ')})`,
  },
  'missing-field': { severity: 'error', message: (p: { name: string }) => `missing required field ${quote(p.name)}` },
  'no-match': { severity: 'error', message: (p: { pattern: string }) => `${quote(p.pattern)} matches no file` },
  'output-needs-name': {
    severity: 'error',
    message: (p: { count: number }) => `the input matches ${p.count} files: put {name} in the output path to give each its own file`,
  },
  'duplicate-output': {
    severity: 'error',
    message: (p: { path: string; other: string }) => `output ${quote(p.path)} is also written by ${p.other}`,
  },
  'output-overwrites': {
    severity: 'error',
    message: (p: { path: string; what: string }) => `output ${quote(p.path)} would overwrite ${p.what}`,
  },
  'output-outside': {
    severity: 'error',
    message: (p: { path: string }) => `output ${quote(p.path)} is outside the config's repository or folder (set "allowOutputsOutside": true to allow it)`,
  },
  'no-header': { severity: 'error', message: (_p: Record<string, never>) => 'no Options header: not a generated file' },
  'bad-header': { severity: 'error', message: (p: { problem: string }) => `bad HTTP header: ${p.problem}` },
  'unset-variable': { severity: 'error', message: (p: { name: string }) => `environment variable ${quote(p.name)} is not set` },
  // Located at the header line that names the source, in the file being updated.
  'update-source-failed': { severity: 'error', message: (p: { source: string; problem: string }) => `update from ${p.source} failed: ${p.problem}` },
  'no-update-source': { severity: 'error', message: (_p: Record<string, never>) => 'the header has neither an Input nor a BaseUrl to regenerate from' },
  'unknown-file-language': {
    severity: 'error',
    message: (p: { known: string[] }) => `cannot tell the language from the file name (known: ${p.known.join(', ')})`,
  },
  'unknown-language': {
    severity: 'error',
    message: (p: { name: string; known: string[] }) => `unknown language ${quote(p.name)} (known: ${p.known.join(', ')})`,
  },
  'typescript-syntax': { severity: 'error', message: (p: { reason: string }) => `not valid TypeScript: ${p.reason}` },
  'typescript-import': { severity: 'error', message: (p: { specifier: string }) => `cannot find the imported file ${quote(p.specifier)}` },
  'typescript-unsupported': {
    severity: 'warning',
    message: (p: { construct: string; what: string }) => `${p.construct} cannot be mapped to a DTO: ${p.what} left out`,
  },
  'typescript-unsupported-type': {
    severity: 'error',
    message: (p: { construct: string; name: string }) => `type ${quote(p.name)}: ${p.construct} cannot be mapped to a DTO`,
  },
} as const satisfies Record<string, { severity: Severity; message: (params: never) => string }>;

/**
 * Quotes text from the input for a message: one line whatever it holds (control characters are
 * escaped as in JSON), and cut short when long, so a diagnostic is always a single readable line.
 */
export function quote(text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `'${JSON.stringify(shown).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

export type DiagnosticCode = keyof typeof CATALOGUE;
type ParamsOf<C extends DiagnosticCode> = Parameters<(typeof CATALOGUE)[C]['message']>[0];

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  location?: SourceLocation;
}

/** Makes a diagnostic from the catalogue; the parameters are type-checked per code. */
export function diagnostic<C extends DiagnosticCode>(code: C, params: ParamsOf<C>, location?: SourceLocation): Diagnostic {
  const entry = CATALOGUE[code];
  const message = (entry.message as (p: ParamsOf<C>) => string)(params);
  return location ? { code, severity: entry.severity, message, location } : { code, severity: entry.severity, message };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function formatLocation(location: SourceLocation): string {
  if (location.line !== undefined) {
    return `${location.file}:${location.line}:${location.column ?? 1}`;
  }
  return location.pointer !== undefined ? `${location.file} ${location.pointer || '/'}` : location.file;
}

/**
 * One line per diagnostic: `file /json/pointer: message` (warnings say so). Always exactly one
 * line: a line break or any other control character (in a file name, a pointer, a message) is
 * shown as an escape, so that no input can print a line of its own.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${formatLocation(d.location)}: ` : '';
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return terminalText(`${where}${prefix}${d.message}`, { oneLine: true });
}

/** Thrown by the library API when input problems prevent generation; carries every diagnostic. */
export class GenerateError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'GenerateError';
  }
}
