// Typed, located access to an untyped JSON document.
//
// Every accessor takes the JSON pointer of the value it reads, reports a shape problem as a
// diagnostic at that pointer and returns a safe fallback, so that one pass over a document collects
// every problem instead of stopping at the first. Keys are matched camelCase first, then PascalCase,
// because ServiceStack servers configured for PascalCase serialise the metadata that way.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceLocation } from '../../model/types.js';

export type JsonObject = Record<string, unknown>;

export class JsonReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  at(pointer: string): SourceLocation {
    return { file: this.file, pointer };
  }

  /** Reports a problem once: a value read twice (an operation's response) is not reported twice. */
  problem(d: Diagnostic): void {
    const key = `${d.location?.pointer ?? ''}\u0000${d.code}\u0000${d.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(d);
  }

  private readonly reported = new Set<string>();

  /** The value under `key` (or its PascalCase spelling) and its pointer. */
  field(obj: JsonObject, pointer: string, key: string): { value: unknown; pointer: string } {
    const found = lookup(obj, key);
    return { value: found.value, pointer: `${pointer}/${escapePointer(found.key)}` };
  }

  isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  expectObject(value: unknown, pointer: string, expected = 'an object'): JsonObject | undefined {
    if (this.isObject(value)) return value;
    this.problem(diagnostic('invalid-shape', { expected, found: describe(value) }, this.at(pointer)));
    return undefined;
  }

  /** A required object-valued field. */
  object(obj: JsonObject, pointer: string, key: string): { value: JsonObject; pointer: string } | undefined {
    const f = this.field(obj, pointer, key);
    const value = this.expectObject(f.value, f.pointer);
    return value ? { value, pointer: f.pointer } : undefined;
  }

  optionalObject(obj: JsonObject, pointer: string, key: string): { value: JsonObject; pointer: string } | undefined {
    const f = this.field(obj, pointer, key);
    if (f.value === undefined || f.value === null) return undefined;
    const value = this.expectObject(f.value, f.pointer);
    return value ? { value, pointer: f.pointer } : undefined;
  }

  /** An optional array field: each element with its pointer; absent or null gives []. */
  array(obj: JsonObject, pointer: string, key: string): { value: unknown; pointer: string }[] {
    if (lookup(obj, key).value == null) return [];
    const f = this.field(obj, pointer, key);
    if (!Array.isArray(f.value)) {
      this.problem(diagnostic('invalid-shape', { expected: 'an array', found: describe(f.value) }, this.at(f.pointer)));
      return [];
    }
    return f.value.map((value, i) => ({ value, pointer: `${f.pointer}/${i}` }));
  }

  /** An optional array of objects; elements that are not objects are reported and skipped. */
  objects(obj: JsonObject, pointer: string, key: string): { value: JsonObject; pointer: string }[] {
    const out: { value: JsonObject; pointer: string }[] = [];
    for (const item of this.array(obj, pointer, key)) {
      const value = this.expectObject(item.value, item.pointer);
      if (value) out.push({ value, pointer: item.pointer });
    }
    return out;
  }

  requiredString(obj: JsonObject, pointer: string, key: string): string | undefined {
    const f = lookup(obj, key);
    if (typeof f.value === 'string' && f.value !== '') return f.value;
    this.problem(diagnostic('invalid-shape', { expected: 'a non-empty string', found: describe(f.value) }, this.at(`${pointer}/${escapePointer(f.key)}`)));
    return undefined;
  }

  string(obj: JsonObject, pointer: string, key: string): string | undefined {
    const f = lookup(obj, key);
    if (f.value === undefined || f.value === null) return undefined;
    if (typeof f.value === 'string') return f.value;
    // Attribute values and the like are sometimes numbers or booleans: keep their text.
    if (typeof f.value === 'number' || typeof f.value === 'boolean') return String(f.value);
    this.problem(diagnostic('invalid-shape', { expected: 'a string', found: describe(f.value) }, this.at(`${pointer}/${escapePointer(f.key)}`)));
    return undefined;
  }

  strings(obj: JsonObject, pointer: string, key: string): string[] {
    const out: string[] = [];
    for (const item of this.array(obj, pointer, key)) {
      if (typeof item.value === 'string') out.push(item.value);
      else this.problem(diagnostic('invalid-shape', { expected: 'a string', found: describe(item.value) }, this.at(item.pointer)));
    }
    return out;
  }

  /** ServiceStack omits false flags; only `true` (or the string "true") sets one. */
  flag(obj: JsonObject, pointer: string, key: string): boolean {
    const f = lookup(obj, key);
    if (f.value === undefined || f.value === null || f.value === false) return false;
    if (f.value === true) return true;
    if (f.value === 'true' || f.value === 'True') return true;
    if (f.value === 'false' || f.value === 'False') return false;
    this.problem(diagnostic('invalid-shape', { expected: 'a boolean', found: describe(f.value) }, this.at(`${pointer}/${escapePointer(f.key)}`)));
    return false;
  }

  optionalFlag(obj: JsonObject, pointer: string, key: string): boolean | undefined {
    const f = lookup(obj, key);
    return f.value === undefined || f.value === null ? undefined : this.flag(obj, pointer, key);
  }

  integer(obj: JsonObject, pointer: string, key: string): number | undefined {
    const f = lookup(obj, key);
    if (f.value === undefined || f.value === null) return undefined;
    if (typeof f.value === 'number' && Number.isInteger(f.value)) return f.value;
    if (typeof f.value === 'string' && /^-?\d+$/.test(f.value)) return Number(f.value);
    this.problem(diagnostic('invalid-shape', { expected: 'an integer', found: describe(f.value) }, this.at(`${pointer}/${escapePointer(f.key)}`)));
    return undefined;
  }
}

/** The value under `key`, else under its PascalCase spelling, with the key that held it. */
function lookup(obj: JsonObject, key: string): { value: unknown; key: string } {
  const value = obj[key];
  if (value !== undefined) return { value, key };
  const pascal = pascalKey(key);
  const other = obj[pascal];
  return other !== undefined ? { value: other, key: pascal } : { value: undefined, key };
}

/** Keys are a few dozen literals, read millions of times on large documents: spell each once. */
const PASCAL_KEYS = new Map<string, string>();

function pascalKey(key: string): string {
  let pascal = PASCAL_KEYS.get(key);
  if (pascal === undefined) {
    pascal = key.charAt(0).toUpperCase() + key.slice(1);
    PASCAL_KEYS.set(key, pascal);
  }
  return pascal;
}

export function escapePointer(key: string): string {
  // Metadata keys almost never need escaping; skipping the regular expressions halves load time.
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `a string`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
