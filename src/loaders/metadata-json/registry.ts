// The declared types of one document, by id, before conversion: the entries of `types`, the
// request and response types embedded in operations, and the built-in ServiceStack types that the
// document references without declaring.

import { diagnostic, formatLocation } from '../../diagnostics/diagnostic.js';
import type { JsonObject, JsonReader } from './reader.js';
import type { TypeLookup } from './resolve.js';
import { SERVICESTACK_BUILTINS } from './servicestack-builtins.js';

export interface TypeEntry {
  id: string;
  raw: JsonObject;
  pointer: string;
  file: string;
  isBuiltin: boolean;
}

const BUILTINS: ReadonlyMap<string, JsonObject> = new Map(SERVICESTACK_BUILTINS.map((t) => [t.name as string, t]));
export const BUILTIN_FILE = '<servicestack>';

export class TypeRegistry implements TypeLookup {
  private readonly byId = new Map<string, TypeEntry>();
  /** Entries in registration order; grows while conversion pulls in built-ins. */
  readonly entries: TypeEntry[] = [];

  constructor(private readonly reader: JsonReader) {}

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): TypeEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * Registers a declaration. A second declaration of the same id is an error when both come from
   * `types` or when their namespaces differ; operations repeat their request and response types
   * verbatim, and those repeats are merged with the first declaration.
   */
  add(id: string, raw: JsonObject, pointer: string, mayRepeat: boolean): void {
    const existing = this.byId.get(id);
    if (existing) {
      const sameNamespace = (existing.raw.namespace ?? existing.raw.Namespace) === (raw.namespace ?? raw.Namespace);
      if (!mayRepeat || !sameNamespace) {
        const other = formatLocation({ file: existing.file, pointer: `${existing.pointer}/name` });
        this.reader.problem(diagnostic('duplicate-type', { name: id, other }, this.reader.at(`${pointer}/name`)));
      }
      return;
    }
    const entry: TypeEntry = { id, raw, pointer, file: this.reader.file, isBuiltin: false };
    this.byId.set(id, entry);
    this.entries.push(entry);
  }

  /** Declared arity of `id`, pulling in the built-in definition when the document lacks one. */
  arityOf(id: string): number | undefined {
    if (!this.byId.has(id)) {
      const builtin = BUILTINS.get(id);
      if (!builtin) return undefined;
      const entry: TypeEntry = { id, raw: builtin, pointer: `/${id}`, file: BUILTIN_FILE, isBuiltin: true };
      this.byId.set(id, entry);
      this.entries.push(entry);
    }
    return arityOfId(id);
  }

  isBuiltinId(id: string): boolean {
    return BUILTINS.has(id);
  }
}

export function arityOfId(id: string): number {
  const tick = id.indexOf('`');
  return tick < 0 ? 0 : Number(id.slice(tick + 1));
}
