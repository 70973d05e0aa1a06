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
    return { value: valueOf(obj, key), pointer: fieldPointer(obj, pointer, key) };
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
    if (valueOf(obj, key) == null) return [];
    const f = this.field(obj, pointer, key);
    if (!Array.isArray(f.value)) {
      this.problem(diagnostic('invalid-shape', { expected: 'an array', found: describe(f.value) }, this.at(f.pointer)));
      return [];
    }
    return f.value.map((value, i) => ({ value, pointer: `${f.pointer}/${i}` }));
  }

  /** An optional array of objects; elements that are not objects are reported and skipped. */
  objects(obj: JsonObject, pointer: string, key: string): { value: JsonObject; pointer: string }[] {
    const list = valueOf(obj, key);
    if (list == null) return [];
    if (!Array.isArray(list)) return this.array(obj, pointer, key) as never[];
    const at = fieldPointer(obj, pointer, key);
    const out: { value: JsonObject; pointer: string }[] = [];
    for (let i = 0; i < list.length; i++) {
      const itemPointer = `${at}/${i}`;
      const value = this.expectObject(list[i], itemPointer);
      if (value) out.push({ value, pointer: itemPointer });
    }
    return out;
  }

  requiredString(obj: JsonObject, pointer: string, key: string): string | undefined {
    const value = valueOf(obj, key);
    if (typeof value === 'string' && value !== '') return value;
    this.problem(diagnostic('invalid-shape', { expected: 'a non-empty string', found: describe(value) }, this.at(fieldPointer(obj, pointer, key))));
    return undefined;
  }

  string(obj: JsonObject, pointer: string, key: string): string | undefined {
    const value = valueOf(obj, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    // Attribute values and the like are sometimes numbers or booleans: keep their text.
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.problem(diagnostic('invalid-shape', { expected: 'a string', found: describe(value) }, this.at(fieldPointer(obj, pointer, key))));
    return undefined;
  }

  strings(obj: JsonObject, pointer: string, key: string): string[] {
    const list = valueOf(obj, key);
    if (list == null) return [];
    // The common case, an array of strings, is read without a pointer for each element.
    if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list.slice() as string[];
    const out: string[] = [];
    for (const item of this.array(obj, pointer, key)) {
      if (typeof item.value === 'string') out.push(item.value);
      else this.problem(diagnostic('invalid-shape', { expected: 'a string', found: describe(item.value) }, this.at(item.pointer)));
    }
    return out;
  }

  /** ServiceStack omits false flags; only `true` (or the string "true") sets one. */
  flag(obj: JsonObject, pointer: string, key: string): boolean {
    const value = valueOf(obj, key);
    if (value === undefined || value === null || value === false) return false;
    if (value === true) return true;
    if (value === 'true' || value === 'True') return true;
    if (value === 'false' || value === 'False') return false;
    this.problem(diagnostic('invalid-shape', { expected: 'a boolean', found: describe(value) }, this.at(fieldPointer(obj, pointer, key))));
    return false;
  }

  optionalFlag(obj: JsonObject, pointer: string, key: string): boolean | undefined {
    const value = valueOf(obj, key);
    return value === undefined || value === null ? undefined : this.flag(obj, pointer, key);
  }

  integer(obj: JsonObject, pointer: string, key: string): number | undefined {
    const value = valueOf(obj, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
    this.problem(diagnostic('invalid-shape', { expected: 'an integer', found: describe(value) }, this.at(fieldPointer(obj, pointer, key))));
    return undefined;
  }
}

// Lookups allocate nothing and spell no pointer: a pointer is made only for a problem or for a
// value whose location the model keeps.

/** The value under `key`, else under its PascalCase spelling. */
function valueOf(obj: JsonObject, key: string): unknown {
  const value = obj[key];
  return value !== undefined ? value : obj[pascalKey(key)];
}

/** The pointer of the field `key` of the object at `pointer`: the key that holds it, else `key`. */
export function fieldPointer(obj: JsonObject, pointer: string, key: string): string {
  const held = obj[key] === undefined && obj[pascalKey(key)] !== undefined ? pascalKey(key) : key;
  return `${pointer}/${escapePointer(held)}`;
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
