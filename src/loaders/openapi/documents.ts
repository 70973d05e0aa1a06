// The documents an OpenAPI input is made of: the file given, and the local files its `$ref`s name
// (read up front, so that mapping is synchronous). `$ref`s are resolved here: within a document by
// JSON pointer, into another file by its path relative to the referring file; a chain of `$ref`s
// that comes back to itself is an error.

import { dirname, join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceLocation } from '../../model/types.js';
import { readTextFile } from '../read-file.js';
import { parseDocument } from './parse.js';

/** A value in one of the documents, and where it is. */
export interface Located {
  file: string;
  pointer: string;
  value: unknown;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a/b~c` → `a~1b~0c`: a key as one JSON pointer segment. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function child(at: Located, key: string | number): Located {
  const value = Array.isArray(at.value) ? at.value[key as number] : isObject(at.value) && Object.hasOwn(at.value, key) ? at.value[key] : undefined;
  return { file: at.file, pointer: `${at.pointer}/${escapePointer(String(key))}`, value };
}

export function location(at: Located): SourceLocation {
  return { file: at.file, pointer: at.pointer };
}

export class Documents {
  readonly diagnostics: Diagnostic[] = [];
  /** Every file read, as diagnostics name it: what watch mode follows. */
  readonly files: string[] = [];
  private readonly byPath = new Map<string, { file: string; value: unknown }>();
  /** `$ref`s already reported as broken (`file#pointer`): each is reported once. */
  private readonly broken = new Set<string>();

  /** Reads `file` and every local file its `$ref`s reach; false when the first cannot be read. */
  async load(file: string): Promise<Located | undefined> {
    const pending = [file];
    let root: Located | undefined;
    while (pending.length > 0) {
      const next = pending.shift() as string;
      const key = resolve(next);
      if (this.byPath.has(key)) continue;
      this.files.push(next);
      const read = await readTextFile(next);
      if (!read.ok) {
        this.diagnostics.push(read.diagnostic);
        this.byPath.set(key, { file: next, value: undefined });
        continue;
      }
      const parsed = await parseDocument(read.text, next);
      if (!parsed.ok) {
        this.diagnostics.push(parsed.diagnostic);
        this.byPath.set(key, { file: next, value: undefined });
        continue;
      }
      this.byPath.set(key, { file: next, value: parsed.value });
      root ??= { file: next, pointer: '', value: parsed.value };
      for (const ref of externalRefs(parsed.value)) pending.push(join(dirname(next), ref));
    }
    return root?.value === undefined ? undefined : root;
  }

  /**
   * What the schema at `at` stands for: itself, or, when it is a `$ref`, what the chain of `$ref`s
   * ends at. Undefined (with an error) when a `$ref` leads nowhere or round in a circle.
   */
  deref(at: Located): Located | undefined {
    const chain: string[] = [];
    let current = at;
    while (isObject(current.value) && typeof current.value.$ref === 'string') {
      const ref = current.value.$ref;
      const key = `${current.file}#${current.pointer}`;
      if (this.broken.has(key)) return this.fail(chain);
      if (chain.includes(key)) {
        this.diagnostics.push(diagnostic('ref-cycle', { cycle: [...chain.slice(chain.indexOf(key)), key] }, { file: current.file, pointer: `${current.pointer}/$ref` }));
        return this.fail(chain);
      }
      chain.push(key);
      const target = this.target(ref, current);
      if (!target) return this.fail(chain);
      current = target;
    }
    return current;
  }

  /** Marks every `$ref` of a chain that leads nowhere, so that none of them is reported again. */
  private fail(chain: readonly string[]): undefined {
    for (const key of chain) this.broken.add(key);
    return undefined;
  }

  private readonly absolutes = new Map<string, string>();

  private absolute(file: string): string {
    let found = this.absolutes.get(file);
    if (found === undefined) this.absolutes.set(file, (found = resolve(file)));
    return found;
  }

  private target(ref: string, from: Located): Located | undefined {
    const where = { file: from.file, pointer: `${from.pointer}/$ref` };
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
      this.diagnostics.push(diagnostic('bad-ref', { ref, reason: 'only references within the document or to local files are read' }, where));
      return undefined;
    }
    const doc = this.byPath.get(filePart === '' ? this.absolute(from.file) : resolve(join(dirname(from.file), filePart)));
    if (!doc || doc.value === undefined) {
      this.diagnostics.push(diagnostic('bad-ref', { ref, reason: 'the file cannot be read' }, where));
      return undefined;
    }
    let segments: string[];
    try {
      segments = fragment === '' ? [] : decodeURIComponent(fragment).split('/');
    } catch {
      this.diagnostics.push(diagnostic('bad-ref', { ref, reason: 'not a valid URI fragment' }, where));
      return undefined;
    }
    if (segments.length > 0 && segments.shift() !== '') {
      this.diagnostics.push(diagnostic('bad-ref', { ref, reason: 'the fragment is not a JSON pointer' }, where));
      return undefined;
    }
    let at: Located = { file: doc.file, pointer: '', value: doc.value };
    for (const raw of segments) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      at = child(at, Array.isArray(at.value) && /^\d+$/.test(key) ? Number(key) : key);
      if (at.value === undefined) {
        this.diagnostics.push(diagnostic('bad-ref', { ref, reason: `nothing at ${at.pointer} in ${doc.file}` }, where));
        return undefined;
      }
    }
    return at;
  }
}

/** The file parts of the `$ref`s in `value` (no recursion: documents may nest deeply). */
function externalRefs(value: unknown): string[] {
  const found = new Set<string>();
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') {
          const filePart = v.split('#')[0] as string;
          if (filePart !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(filePart)) found.add(filePart);
        } else if (typeof v === 'object' && v !== null) stack.push(v);
      }
    }
  }
  return [...found];
}
