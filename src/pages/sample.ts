// Sample values for the HTTP samples of a metadata page, as ServiceStack makes them
// (AutoMappingUtils.PopulateWith(new T())): placeholders for scalars, one element per list, one
// entry per dictionary, nested types filled recursively up to a depth, nullable values filled as
// their underlying type, interface-typed and untyped members left out. A sample's total size is
// bounded too (page-bounds.ts), so a deep or wide type graph still gives a page in linear time.

import type { ClassDecl, MetadataModel, PrimitiveName, Property, TypeDecl, TypeRef } from '../model/types.js';
import { typesById } from '../model/walk.js';
import { MAX_SAMPLE_DEPTH, MAX_SAMPLE_NESTING, MAX_SAMPLE_NODES } from './page-bounds.js';

export type Sample =
  | { kind: 'scalar'; value: ScalarSample }
  | { kind: 'object'; entries: [string, Sample][] }
  | { kind: 'list'; items: Sample[] }
  | { kind: 'map'; entries: [Sample, Sample][] };

/** A placeholder scalar: how JSV and JSON each print it. */
export interface ScalarSample {
  jsv: string;
  json: string | number | boolean;
}

const SCALARS: Partial<Record<PrimitiveName, ScalarSample>> = {
  String: { jsv: 'String', json: 'String' },
  Char: { jsv: 'a', json: 'a' },
  Boolean: { jsv: 'False', json: false },
  Byte: { jsv: '0', json: 0 },
  SByte: { jsv: '0', json: 0 },
  Int16: { jsv: '0', json: 0 },
  Int32: { jsv: '0', json: 0 },
  Int64: { jsv: '0', json: 0 },
  UInt16: { jsv: '0', json: 0 },
  UInt32: { jsv: '0', json: 0 },
  UInt64: { jsv: '0', json: 0 },
  Single: { jsv: '0', json: 0 },
  Double: { jsv: '0', json: 0 },
  Decimal: { jsv: '0', json: 0 },
  DateTime: { jsv: '0001-01-01', json: '0001-01-01T00:00:00.0000000' },
  DateOnly: { jsv: '0001-01-01', json: '0001-01-01' },
  DateTimeOffset: { jsv: '0001-01-01T00:00:00.0000000+00:00', json: '0001-01-01T00:00:00.0000000+00:00' },
  TimeSpan: { jsv: 'PT0S', json: 'PT0S' },
  TimeOnly: { jsv: 'PT0S', json: '00:00:00' },
  Guid: { jsv: '00000000000000000000000000000000', json: '00000000000000000000000000000000' },
  Uri: { jsv: 'String', json: 'String' },
  Type: { jsv: 'String', json: 'String' },
};


export class SampleBuilder {
  private readonly byId: ReadonlyMap<string, TypeDecl>;
  /** How many objects the sample being built is inside. */
  private depth = 0;
  /** How many more values the sample being built may hold. */
  private budget = 0;

  constructor(model: MetadataModel) {
    this.byId = typesById(model);
  }

  /** The sample of a DTO; undefined when it has nothing to show. */
  ofType(ref: TypeRef): Sample | undefined {
    this.budget = MAX_SAMPLE_NODES;
    return this.value(ref, new Map(), new Map());
  }

  private value(ref: TypeRef, nesting: Map<string, number>, params: ReadonlyMap<string, TypeRef>): Sample | undefined {
    if (this.budget <= 0) return undefined;
    // Taken before the members are filled, so that they see what is left; given back when nothing is made.
    this.budget--;
    const made = this.make(ref, nesting, params);
    if (!made) this.budget++;
    return made;
  }

  private make(ref: TypeRef, nesting: Map<string, number>, params: ReadonlyMap<string, TypeRef>): Sample | undefined {
    switch (ref.kind) {
      case 'primitive': {
        const scalar = SCALARS[ref.name];
        return scalar ? { kind: 'scalar', value: scalar } : undefined;
      }
      case 'opaque':
        return { kind: 'scalar', value: { jsv: 'String', json: 'String' } };
      case 'nullable':
        return this.make(ref.of, nesting, params);
      case 'param': {
        const bound = params.get(ref.name);
        return bound ? this.make(bound, nesting, new Map()) : undefined;
      }
      case 'list': {
        if (ref.container === 'Array' && ref.element.kind === 'primitive' && ref.element.name === 'Byte') {
          return { kind: 'scalar', value: { jsv: 'AA==', json: 'AA==' } };
        }
        const item = this.element(ref.element, nesting, params);
        return { kind: 'list', items: item ? [item] : [] };
      }
      case 'dictionary': {
        const key = this.value(ref.key, nesting, params);
        const value = this.element(ref.value, nesting, params);
        return { kind: 'map', entries: key && value ? [[key, value]] : [] };
      }
      case 'named':
        return this.named(ref, nesting, params);
    }
  }

  /** A collection element: an interface or abstract element still gets an (empty) object. */
  private element(ref: TypeRef, nesting: Map<string, number>, params: ReadonlyMap<string, TypeRef>): Sample | undefined {
    if (ref.kind === 'named') {
      const decl = this.byId.get(ref.id);
      if (decl && decl.kind !== 'enum' && (decl.kind === 'interface' || decl.isAbstract)) {
        if (this.budget <= 0) return undefined;
        this.budget--;
        return { kind: 'object', entries: [] };
      }
    }
    return this.value(ref, nesting, params);
  }

  private named(ref: Extract<TypeRef, { kind: 'named' }>, nesting: Map<string, number>, params: ReadonlyMap<string, TypeRef>): Sample | undefined {
    const decl = this.byId.get(ref.id);
    if (!decl) return undefined;
    if (decl.kind === 'enum') {
      const first = decl.members[0];
      if (!first) return undefined;
      const wire = first.memberValue ?? first.name;
      return { kind: 'scalar', value: { jsv: wire, json: decl.isIntEnum ? Number(first.value ?? 0) : wire } };
    }
    if (decl.kind === 'interface' || decl.isAbstract) return undefined;
    const depth = nesting.get(decl.id) ?? 0;
    if (depth >= MAX_SAMPLE_NESTING || this.depth >= MAX_SAMPLE_DEPTH) return undefined;
    nesting.set(decl.id, depth + 1);
    this.depth++;
    const bound = bindParams(decl, ref.args, params);
    const entries: [string, Sample][] = [];
    for (const { property, bindings } of this.serializedProperties(decl, bound)) {
      const sample = this.value(property.type, nesting, bindings);
      if (sample) entries.push([property.wireName, sample]);
    }
    nesting.set(decl.id, depth);
    this.depth--;
    return { kind: 'object', entries };
  }

  /**
   * The properties a serializer writes: the type's own, then its base types' (subclass first), in
   * [DataMember(Order)] order when the type declares orders.
   */
  private serializedProperties(decl: ClassDecl, bound: ReadonlyMap<string, TypeRef>): { property: Property; bindings: ReadonlyMap<string, TypeRef> }[] {
    const out: { property: Property; bindings: ReadonlyMap<string, TypeRef> }[] = [];
    let current: ClassDecl | undefined = decl;
    let bindings = bound;
    const seen = new Set<string>();
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      for (const property of orderedByDataMember(current.properties)) out.push({ property, bindings });
      const base: TypeRef | undefined = current.base;
      if (base?.kind !== 'named') break;
      const baseDecl: TypeDecl | undefined = this.byId.get(base.id);
      if (!baseDecl || baseDecl.kind === 'enum') break;
      bindings = bindParams(baseDecl, base.args, bindings);
      current = baseDecl;
    }
    return out;
  }
}

/** A generic definition's parameters bound to the arguments of a reference to it. */
function bindParams(decl: ClassDecl, args: readonly TypeRef[], outer: ReadonlyMap<string, TypeRef>): Map<string, TypeRef> {
  const bound = new Map<string, TypeRef>();
  decl.genericParams.forEach((param, i) => {
    const arg = resolveParam(args[i], outer);
    if (arg) bound.set(param, arg);
  });
  return bound;
}

function resolveParam(ref: TypeRef | undefined, params: ReadonlyMap<string, TypeRef>): TypeRef | undefined {
  if (ref?.kind === 'param') return params.get(ref.name);
  return ref;
}

function orderedByDataMember(properties: readonly Property[]): readonly Property[] {
  if (!properties.some((p) => p.dataMember?.order !== undefined)) return properties;
  return [...properties].sort((a, b) => (a.dataMember?.order ?? Number.MAX_SAFE_INTEGER) - (b.dataMember?.order ?? Number.MAX_SAFE_INTEGER));
}
