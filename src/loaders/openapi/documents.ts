// The documents an OpenAPI input is made of: the file given, and the local files its `$ref`s name
// (read up front, so that mapping is synchronous). `$ref`s are resolved here: within a document by
// JSON pointer, into another file by its path relative to the referring file; a chain of `$ref`s
// that comes back to itself is an error.

import { dirname, join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceLocation } from '../../model/types.js';
import { readTextFile } from '../read-file.js';
import { parseDocument } from './parse.js';

/**
 * A value in one of the documents, and where it is. The JSON pointer is spelled only when asked
 * for (a diagnostic, a declaration's source, a key): mapping steps through many more values than
 * it reports, and a large document would otherwise build a string for each.
 */
export class Located {
  private spelled: string | undefined = undefined;
  private keyed: string | undefined = undefined;

  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly parent: Located | undefined = undefined,
    private readonly segment: string | number = '',
  ) {}

  get pointer(): string {
    if (this.spelled === undefined) {
      this.spelled = this.parent === undefined ? '' : `${this.parent.pointer}/${typeof this.segment === 'number' ? this.segment : escapePointer(this.segment)}`;
    }
    return this.spelled;
  }

  /** `file#pointer`: the location as a key. */
  get key(): string {
    if (this.keyed === undefined) this.keyed = `${this.file}#${this.pointer}`;
    return this.keyed;
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a/b~c` → `a~1b~0c`: a key as one JSON pointer segment. */
export function escapePointer(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

export function child(at: Located, key: string | number): Located {
  const value = Array.isArray(at.value) ? at.value[key as number] : isObject(at.value) && Object.hasOwn(at.value, key) ? at.value[key] : undefined;
  return new Located(at.file, value, at, key);
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
  /** The values of those `$ref`s: most values are not, which is answered without a key. */
  private readonly brokenValues = new Set<object>();

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
      root ??= new Located(next, parsed.value);
      for (const ref of externalRefs(parsed.value)) pending.push(join(dirname(next), ref));
    }
    return root?.value === undefined ? undefined : root;
  }

  /** Whether the documents came from a URL: then a `$ref` may not name another file. */
  private remote = false;

  /** A document fetched from `url`: it is read alone, and its `$ref`s to files are errors. */
  async fromText(text: string, url: string, yaml: boolean): Promise<Located | undefined> {
    this.remote = true;
    const parsed = await parseDocument(text, url, yaml);
    if (!parsed.ok) {
      this.diagnostics.push(parsed.diagnostic);
      return undefined;
    }
    this.byPath.set(this.absolute(url), { file: url, value: parsed.value });
    return parsed.value === undefined ? undefined : new Located(url, parsed.value);
  }

  /**
   * What the schema at `at` stands for: itself, or, when it is a `$ref`, what the chain of `$ref`s
   * ends at. Undefined (with an error) when a `$ref` leads nowhere or round in a circle.
   */
  deref(at: Located): Located | undefined {
    // Locations are compared by value first: only the same value can be at the same place, and
    // most `$ref`s are followed without their pointer ever being spelled.
    const chain: Located[] = [];
    let current = at;
    while (isObject(current.value) && typeof current.value.$ref === 'string') {
      const ref = current.value.$ref;
      if (this.brokenValues.has(current.value) && this.broken.has(current.key)) return this.fail(chain);
      const here = current;
      const repeated = chain.findIndex((c) => c.value === here.value && c.key === here.key);
      if (repeated >= 0) {
        const cycle = [...chain.slice(repeated), here].map((c) => c.key);
        this.diagnostics.push(diagnostic('ref-cycle', { cycle }, { file: current.file, pointer: `${current.pointer}/$ref` }));
        return this.fail(chain);
      }
      chain.push(current);
      const target = this.target(ref, current);
      if (!target) return this.fail(chain);
      current = target;
    }
    return current;
  }

  /** Marks every `$ref` of a chain that leads nowhere, so that none of them is reported again. */
  private fail(chain: readonly Located[]): undefined {
    for (const at of chain) {
      this.broken.add(at.key);
      this.brokenValues.add(at.value as object);
    }
    return undefined;
  }

  private readonly absolutes = new Map<string, string>();

  private absolute(file: string): string {
    let found = this.absolutes.get(file);
    if (found === undefined) this.absolutes.set(file, (found = resolve(file)));
    return found;
  }

  /** Where each `$ref` text leads, by the file it is written in: documents repeat the same few. */
  private readonly targets = new Map<string, Located>();

  private target(ref: string, from: Located): Located | undefined {
    const cacheKey = `${from.file}\u0000${ref}`;
    const known = this.targets.get(cacheKey);
    if (known !== undefined) return known;
    const found = this.resolveRef(ref, from);
    // Only a target found is kept: a broken `$ref` is reported where each one is written.
    if (found !== undefined) this.targets.set(cacheKey, found);
    return found;
  }

  private resolveRef(ref: string, from: Located): Located | undefined {
    const fail = (reason: string): undefined => {
      this.diagnostics.push(diagnostic('bad-ref', { ref, reason }, { file: from.file, pointer: `${from.pointer}/$ref` }));
      return undefined;
    };
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return fail('only references within the document or to local files are read');
    // A remote document naming local files must not read them.
    if (this.remote && filePart !== '') return fail('a document read from a URL may refer only within itself');
    const doc = this.byPath.get(filePart === '' ? this.absolute(from.file) : resolve(join(dirname(from.file), filePart)));
    if (!doc || doc.value === undefined) return fail('the file cannot be read');
    let segments: string[];
    try {
      segments = fragment === '' ? [] : decodeURIComponent(fragment).split('/');
    } catch {
      return fail('not a valid URI fragment');
    }
    if (segments.length > 0 && segments.shift() !== '') return fail('the fragment is not a JSON pointer');
    let at = new Located(doc.file, doc.value);
    for (const raw of segments) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      at = child(at, Array.isArray(at.value) && /^\d+$/.test(key) ? Number(key) : key);
      if (at.value === undefined) return fail(`nothing at ${at.pointer} in ${doc.file}`);
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
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (isObject(node)) {
      // for…in rather than Object.entries: no array of pairs for each of a large document's objects.
      for (const k in node) {
        const v = node[k];
        if (typeof v === 'object') {
          if (v !== null) stack.push(v);
        } else if (k === '$ref' && typeof v === 'string') {
          const hash = v.indexOf('#');
          const filePart = hash < 0 ? v : v.slice(0, hash);
          if (filePart !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(filePart)) found.add(filePart);
        }
      }
    }
  }
  return [...found];
}
