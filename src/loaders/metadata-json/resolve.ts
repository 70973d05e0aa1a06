// Turns metadata type-name strings into TypeRefs, against the set of declared types.

import { diagnostic } from '../../diagnostics/diagnostic.js';
import {
  PRIMITIVE_NAMES,
  type DictionaryContainer,
  type ListContainer,
  type PrimitiveName,
  type TypeRef,
} from '../../model/types.js';
import type { JsonReader } from './reader.js';
import { parseTypeName, type TypeSyntax } from './type-name.js';

const PRIMITIVES: ReadonlySet<string> = new Set(PRIMITIVE_NAMES);
const LIST_CONTAINERS: ReadonlySet<string> = new Set<ListContainer>([
  'List', 'IList', 'ICollection', 'IEnumerable', 'HashSet', 'ISet', 'SortedSet', 'IReadOnlyList',
  'IReadOnlyCollection', 'Collection', 'Queue', 'Stack', 'LinkedList',
]);
const DICTIONARY_CONTAINERS: ReadonlySet<string> = new Set<DictionaryContainer>([
  'Dictionary', 'IDictionary', 'SortedDictionary', 'ConcurrentDictionary', 'IReadOnlyDictionary', 'SortedList',
]);

/**
 * .NET's non-generic collections, which metadata names as they are: ServiceStack's generators
 * map them to untyped lists and dictionaries (StringDictionary to text → text).
 */
const OBJECT: TypeRef = { kind: 'primitive', name: 'Object' };
const STRING: TypeRef = { kind: 'primitive', name: 'String' };
const LEGACY_COLLECTIONS: ReadonlyMap<string, TypeRef> = new Map<string, TypeRef>([
  ['IEnumerable', { kind: 'list', container: 'IEnumerable', element: OBJECT }],
  ['ICollection', { kind: 'list', container: 'ICollection', element: OBJECT }],
  ['IList', { kind: 'list', container: 'IList', element: OBJECT }],
  ['ArrayList', { kind: 'list', container: 'List', element: OBJECT }],
  ['IDictionary', { kind: 'dictionary', container: 'IDictionary', key: STRING, value: OBJECT }],
  ['Hashtable', { kind: 'dictionary', container: 'Dictionary', key: STRING, value: OBJECT }],
  ['OrderedDictionary', { kind: 'dictionary', container: 'Dictionary', key: STRING, value: OBJECT }],
  ['StringDictionary', { kind: 'dictionary', container: 'Dictionary', key: STRING, value: STRING }],
  ['NameValueCollection', { kind: 'dictionary', container: 'Dictionary', key: STRING, value: STRING }],
]);

/** System types that travel as a binary body (ServiceStack maps them as it maps Stream). */
const BINARY_SYSTEM_TYPES: ReadonlySet<string> = new Set(['HttpWebResponse', 'HttpResponseMessage']);

/** What the resolver needs to know about declared types. */
export interface TypeLookup {
  /** Generic parameter count of a declared (or built-in) type id, or undefined when unknown. */
  arityOf(id: string): number | undefined;
}

/** A type-name string and where it sits in the document. */
export interface LocatedText {
  text: string;
  pointer: string;
}

/** Facts about the referencing member that decide how an undeclared name is read. */
export interface RefContext {
  /** Generic parameters in scope (those of the enclosing generic type definition). */
  scope: ReadonlySet<string>;
  /** The member is a .NET value type: an undeclared name is a struct, sent as a string. */
  isValueType?: boolean;
  /** The member's namespace: `System` names are primitives even if a type shares the name. */
  namespace?: string;
}

export class TypeResolver {
  private readonly parsed = new Map<string, ReturnType<typeof parseTypeName>>();

  constructor(
    private readonly reader: JsonReader,
    private readonly types: TypeLookup,
  ) {}

  parse(located: LocatedText): TypeSyntax | undefined {
    let result = this.parsed.get(located.text);
    if (!result) {
      result = parseTypeName(located.text);
      this.parsed.set(located.text, result);
    }
    if (result.ok) return result.syntax;
    this.reader.problem(diagnostic('bad-type-name', { text: located.text, reason: result.reason }, this.reader.at(located.pointer)));
    return undefined;
  }

  /**
   * Resolves `type` (`List`1`, `Nullable`1[]`, `Poco`) closed over `genericArgs`
   * (`['Dictionary<String,List<Int32>>']`), as properties, base types and operations write them.
   */
  resolve(type: LocatedText, genericArgs: LocatedText[], ctx: RefContext): TypeRef | undefined {
    const syntax = this.parse(type);
    if (!syntax) return undefined;
    let args: TypeRef[];
    // Nullable<T> takes only value types: an undescribed T is a struct, sent as a string.
    const argCtx: RefContext = syntax.name === 'Nullable' ? { scope: ctx.scope, isValueType: true } : { scope: ctx.scope };
    if (syntax.args.length > 0) {
      const inline = syntax.args.map((a) => this.fromSyntax(a, type.pointer, argCtx));
      if (inline.some((a) => a === undefined)) return undefined;
      args = inline as TypeRef[];
    } else if (syntax.arity > 0) {
      if (genericArgs.length === 0) {
        this.reader.problem(diagnostic('missing-generic-args', { name: type.text }, this.reader.at(type.pointer)));
        args = Array.from({ length: syntax.arity }, () => ({ kind: 'primitive', name: 'Object' }) as const);
      } else if (genericArgs.length !== syntax.arity) {
        this.reader.problem(
          diagnostic('generic-arity', { name: type.text, expected: syntax.arity, found: genericArgs.length }, this.reader.at(type.pointer)),
        );
        return undefined;
      } else {
        const resolved = genericArgs.map((g) => {
          const s = this.parse(g);
          return s && this.fromSyntax(s, g.pointer, argCtx);
        });
        if (resolved.some((a) => a === undefined)) return undefined;
        args = resolved as TypeRef[];
      }
    } else {
      args = [];
    }
    const base = this.named(syntax.name, args, type.pointer, ctx);
    return base && wrap(base, syntax);
  }

  private fromSyntax(syntax: TypeSyntax, pointer: string, ctx: RefContext): TypeRef | undefined {
    const args: TypeRef[] = [];
    for (const a of syntax.args) {
      const ref = this.fromSyntax(a, pointer, syntax.name === 'Nullable' ? { scope: ctx.scope, isValueType: true } : { scope: ctx.scope });
      if (!ref) return undefined;
      args.push(ref);
    }
    const base = this.named(syntax.name, args, pointer, ctx);
    return base && wrap(base, syntax);
  }

  private named(name: string, args: TypeRef[], pointer: string, ctx: RefContext): TypeRef | undefined {
    const [a0, a1] = args;
    if (args.length === 0 && ctx.scope.has(name)) return { kind: 'param', name };
    if (name === 'Nullable' && a0 && args.length === 1) return { kind: 'nullable', of: a0 };
    if (LIST_CONTAINERS.has(name) && a0 && args.length === 1) return { kind: 'list', container: name as ListContainer, element: a0 };
    if (DICTIONARY_CONTAINERS.has(name) && a0 && a1 && args.length === 2) {
      return { kind: 'dictionary', container: name as DictionaryContainer, key: a0, value: a1 };
    }
    const id = args.length > 0 ? `${name}\`${args.length}` : name;
    // `System.IO.Stream` is the system type even where the document declares a DTO named Stream.
    const isSystem = ctx.namespace !== undefined && /^System(\.|$)/.test(ctx.namespace);
    if (args.length === 0 && PRIMITIVES.has(name) && (isSystem || this.types.arityOf(id) === undefined)) {
      return { kind: 'primitive', name: name as PrimitiveName };
    }
    const arity = this.types.arityOf(id);
    if (arity !== undefined) return { kind: 'named', id, args };
    if (args.length === 0) {
      const legacy = LEGACY_COLLECTIONS.get(name);
      if (legacy) return legacy;
      if (BINARY_SYSTEM_TYPES.has(name)) return { kind: 'primitive', name: 'Stream' };
      if (name === 'IntPtr' || name === 'UIntPtr') return { kind: 'primitive', name: 'Int64' };
      if (ctx.isValueType) return { kind: 'opaque', name, ...(ctx.namespace ? { namespace: ctx.namespace } : {}) };
    }
    // ServiceStack generates a reference to a type the document does not describe as it is; dtogen
    // types it as Object, so that the code still compiles, and says where.
    this.reader.problem(diagnostic('unknown-type', { name: id }, this.reader.at(pointer)));
    return OBJECT;
  }
}

function wrap(ref: TypeRef, syntax: TypeSyntax): TypeRef {
  let out: TypeRef = syntax.nullable ? { kind: 'nullable', of: ref } : ref;
  for (let i = 0; i < syntax.arrayRank; i++) out = { kind: 'list', container: 'Array', element: out };
  return out;
}
