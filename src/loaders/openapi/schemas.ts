// OpenAPI schemas → model types. A schema that `$ref`s point at, or that is declared in
// `components.schemas` (`definitions` in Swagger 2.0), is a declaration named after its key; an
// inline object or enum schema is a declaration named after where it is (see inlineName). Other
// schemas (scalars, arrays, maps, unions) are type references, written where they are used.

import type { Attribute, ClassDecl, EnumDecl, EnumMember, PrimitiveName, Property, TypeDecl, TypeRef } from '../../model/types.js';
import { child, isObject, location, type Documents, type JsonObject, type Located } from './documents.js';
import { identifier, NameScope } from './names.js';
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { isSafeIdentifier } from '../../model/identifiers.js';

const OBJECT: TypeRef = { kind: 'primitive', name: 'Object' };

/** `format` of a string, integer or number → the model's primitive. */
const STRING_FORMATS: Readonly<Record<string, TypeRef>> = {
  date: { kind: 'primitive', name: 'DateOnly' },
  'date-time': { kind: 'primitive', name: 'DateTime' },
  time: { kind: 'primitive', name: 'TimeOnly' },
  duration: { kind: 'primitive', name: 'TimeSpan' },
  uuid: { kind: 'primitive', name: 'Guid' },
  uri: { kind: 'primitive', name: 'Uri' },
  // Base64 text, as byte[] travels.
  byte: { kind: 'list', container: 'Array', element: { kind: 'primitive', name: 'Byte' } },
  binary: { kind: 'primitive', name: 'Stream' },
};
const INTEGER_FORMATS: Readonly<Record<string, PrimitiveName>> = { int32: 'Int32', int64: 'Int64', int16: 'Int16', int8: 'SByte', uint8: 'Byte' };
const NUMBER_FORMATS: Readonly<Record<string, PrimitiveName>> = { float: 'Single', double: 'Double', decimal: 'Decimal', int32: 'Int32', int64: 'Int64' };

/** A property of a class in the making: its schema, and whether it is required. */
interface Member {
  wire: string;
  at: Located;
  required: boolean;
  paramType?: string;
}

export class SchemaMapper {
  readonly types: TypeDecl[] = [];
  private readonly scope = new NameScope();
  /** What each schema location maps to, so that a schema used twice is declared once. */
  private readonly byLocation = new Map<string, TypeRef>();
  /** Alias schemas being mapped (`Tree: {items: {$ref: Tree}}`): a second visit is a cycle. */
  private readonly mapping = new Set<string>();

  constructor(private readonly docs: Documents) {}

  /** The names of the declared schemas, by location: given out before any inline schema is named. */
  private readonly reserved = new Map<string, string>();

  uniqueName(wanted: string): string {
    return this.scope.unique(identifier(wanted));
  }

  /** Maps every schema of `components.schemas` (or `definitions`), in document order. */
  declareAll(schemas: Located): void {
    if (!isObject(schemas.value)) return;
    const names = Object.keys(schemas.value);
    for (const name of names) {
      const at = child(schemas, name);
      this.reserved.set(at.key, this.uniqueName(name));
    }
    for (const name of names) this.named(child(schemas, name), name);
  }

  /** The type of the schema at `at`; `hint` names it if it is an inline object or enum. */
  typeOf(at: Located, hint: string): TypeRef {
    if (isObject(at.value) && typeof at.value.$ref === 'string') {
      const target = this.docs.deref(at);
      if (!target) return OBJECT;
      return this.named(target);
    }
    return this.inline(at, hint);
  }

  /** A class declaration for the members given (requests): `base` first, when there is one. */
  declareClass(name: string, at: Located, members: Member[], extra: { base?: TypeRef; description?: string; attributes?: Attribute[] }): ClassDecl {
    const decl = this.newClass(name, at, extra.description);
    if (extra.base) decl.base = extra.base;
    if (extra.attributes) decl.attributes.push(...extra.attributes);
    this.types.push(decl);
    decl.properties = this.properties(decl.name, members);
    return decl;
  }

  /** The members of an object schema, its `allOf` parts merged in. */
  members(at: Located, seen: Set<string> = new Set()): Member[] {
    const schema = this.docs.deref(at);
    if (!schema || !isObject(schema.value)) return [];
    const key = schema.key;
    if (seen.has(key)) {
      this.docs.diagnostics.push(diagnostic('ref-cycle', { cycle: [...seen, key] }, location(at)));
      return [];
    }
    seen.add(key);
    const out: Member[] = [];
    const allOf = child(schema, 'allOf');
    if (Array.isArray(allOf.value)) allOf.value.forEach((_, i) => out.push(...this.members(child(allOf, i), seen)));
    out.push(...this.ownMembers(schema));
    seen.delete(key);
    return mergeMembers(out);
  }

  private ownMembers(schema: Located): Member[] {
    const value = schema.value as JsonObject;
    const required = new Set(Array.isArray(value.required) ? value.required.filter((r): r is string => typeof r === 'string') : []);
    const props = child(schema, 'properties');
    if (!isObject(props.value)) return [];
    return Object.keys(props.value).map((wire) => ({ wire, at: child(props, wire), required: required.has(wire) }));
  }

  /** The type of a declared or `$ref`ed schema; `name` defaults to the key it is under (spelled only when needed). */
  private named(at: Located, name?: string): TypeRef {
    const key = at.key;
    const known = this.byLocation.get(key);
    if (known) return known;
    name ??= lastSegment(at);
    if (!isObject(at.value) || !isDeclared(at.value)) {
      if (this.mapping.has(key)) return OBJECT;
      this.mapping.add(key);
      const ref = this.inline(at, name);
      this.mapping.delete(key);
      this.byLocation.set(key, ref);
      return ref;
    }
    return this.declare(at, name, key);
  }

  private inline(at: Located, hint: string): TypeRef {
    const schema = at.value;
    if (!isObject(schema)) return OBJECT;
    const nullable = isNullable(schema);
    const type = this.inlineType(at, schema, hint);
    return nullable && type.kind !== 'nullable' ? { kind: 'nullable', of: type } : type;
  }

  private inlineType(at: Located, schema: JsonObject, hint: string): TypeRef {
    if (typeof schema.$ref === 'string') return this.typeOf(at, hint);
    if (isDeclared(schema)) {
      const key = at.key;
      return this.byLocation.get(key) ?? this.declare(at, hint, key);
    }
    // `allOf: [{$ref}]` with nothing else: how 3.0 documents make a reference nullable.
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return this.typeOf(child(child(at, 'allOf'), 0), hint);
    const union = Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined;
    if (union) return this.union(child(at, union), hint);
    const types = typeNames(schema);
    if (types.length > 1) {
      return { kind: 'union', of: types.map((t) => this.scalar(at, { ...schema, type: t }, t, hint)), source: location(at) };
    }
    return this.scalar(at, schema, types[0], hint);
  }

  private scalar(at: Located, schema: JsonObject, type: string | undefined, hint: string): TypeRef {
    const format = typeof schema.format === 'string' ? schema.format : '';
    switch (type) {
      case 'string':
        return STRING_FORMATS[format] ?? { kind: 'primitive', name: 'String' };
      case 'integer':
        return { kind: 'primitive', name: INTEGER_FORMATS[format] ?? 'Int64' };
      case 'number':
        return { kind: 'primitive', name: NUMBER_FORMATS[format] ?? 'Double' };
      case 'boolean':
        return { kind: 'primitive', name: 'Boolean' };
      case 'array': {
        const items = child(at, 'items');
        return { kind: 'list', container: 'List', element: isObject(items.value) ? this.typeOf(items, `${hint}Item`) : OBJECT };
      }
      default: {
        const extra = child(at, 'additionalProperties');
        const value = isObject(extra.value) ? this.typeOf(extra, `${hint}Value`) : OBJECT;
        if (type === 'object' || extra.value !== undefined) return { kind: 'dictionary', container: 'Dictionary', key: { kind: 'primitive', name: 'String' }, value };
        return OBJECT;
      }
    }
  }

  private union(list: Located, hint: string): TypeRef {
    const members: TypeRef[] = [];
    let nullable = false;
    const items = list.value as unknown[];
    items.forEach((item, i) => {
      if (isObject(item) && item.type === 'null') {
        nullable = true;
        return;
      }
      const ref = this.typeOf(child(list, i), `${hint}Option${i + 1}`);
      const inner = ref.kind === 'nullable' ? ref.of : ref;
      nullable ||= ref.kind === 'nullable';
      if (!members.some((m) => sameRef(m, inner))) members.push(inner);
    });
    const type: TypeRef = members.length === 0 ? OBJECT : members.length === 1 ? (members[0] as TypeRef) : { kind: 'union', of: members, source: location(list) };
    return nullable ? { kind: 'nullable', of: type } : type;
  }

  private declare(at: Located, hint: string, key: string): TypeRef {
    const schema = at.value as JsonObject;
    const name = this.reserved.get(key) ?? this.uniqueName(hint);
    const ref: TypeRef = { kind: 'named', id: name, args: [] };
    this.byLocation.set(key, ref);
    if (Array.isArray(schema.enum)) {
      this.types.push(this.enumDecl(name, at, schema));
      return ref;
    }
    const decl = this.newClass(name, at, description(schema));
    if (schema.deprecated === true) decl.attributes.push(obsolete(at));
    this.types.push(decl);
    const allOf = child(at, 'allOf');
    const parts = Array.isArray(allOf.value) ? allOf.value.map((_, i) => child(allOf, i)) : [];
    // `allOf` of one `$ref` to a class, and members: inheritance. Any other `allOf`: one merged class.
    const refs = parts.filter((p) => isObject(p.value) && typeof p.value.$ref === 'string');
    const baseTarget = refs.length === 1 ? this.docs.deref(refs[0] as Located) : undefined;
    let members: Member[];
    if (baseTarget && isObject(baseTarget.value) && isDeclared(baseTarget.value) && !Array.isArray(baseTarget.value.enum)) {
      decl.base = this.typeOf(refs[0] as Located, name);
      members = mergeMembers([...parts.filter((p) => p !== refs[0]).flatMap((p) => this.members(p)), ...this.ownMembers(at)]);
    } else {
      members = this.members(at);
    }
    decl.properties = this.properties(name, members);
    return ref;
  }

  private newClass(name: string, at: Located, text: string | undefined): ClassDecl {
    const decl = declBase('class', name, at, text) as ClassDecl;
    decl.genericParams = [];
    decl.implements = [];
    decl.isAbstract = false;
    decl.properties = [];
    return decl;
  }

  private properties(owner: string, members: Member[]): Property[] {
    // Wire names that are identifiers already name themselves (TypeScript and Swift write them as
    // they are), so they are given out first; derived ones take the suffixes.
    const scope = new NameScope();
    const identifiers = members.map((m) => identifier(m.wire));
    const names: string[] = [];
    members.forEach((m, i) => {
      if (isSafeIdentifier(m.wire)) names[i] = scope.unique(identifiers[i] as string);
    });
    members.forEach((_, i) => {
      if (names[i] === undefined) names[i] = scope.unique(identifiers[i] as string);
    });
    return members.map((m, i): Property => {
      const name = names[i] as string;
      const schema = isObject(m.at.value) ? m.at.value : {};
      const target = this.docs.deref(m.at);
      const text = description(schema) ?? (target && isObject(target.value) ? description(target.value) : undefined);
      // Optional fields are added in a fixed order rather than spread in: every property then
      // takes one of a few shapes, and no temporary objects are made.
      const property = {
        name,
        type: this.typeOf(m.at, `${owner}${identifiers[i] as string}`),
        isRequired: m.required,
        isValueType: false,
        isEnum: false,
        isPrimaryKey: false,
        readOnly: schema.readOnly === true,
      } as Property;
      if (text) property.description = text;
      if (m.wire !== name) property.alias = m.wire;
      property.wireName = m.wire;
      if (m.paramType) property.paramType = m.paramType;
      property.attributes = schema.deprecated === true ? [obsolete(m.at)] : [];
      property.source = location(m.at);
      return property;
    });
  }

  private enumDecl(name: string, at: Located, schema: JsonObject): EnumDecl {
    const values = (schema.enum as unknown[]).filter((v) => v !== null);
    const isInt = values.length > 0 && values.every((v) => typeof v === 'number' && Number.isInteger(v));
    const scope = new NameScope();
    const members = values.map((v, i): EnumMember => {
      const wire = String(v);
      const memberName = scope.unique(isInt ? `Value${identifier(wire.replace('-', 'Minus'))}`.replace('Value_', 'Value') : identifier(wire));
      const source = location(child(child(at, 'enum'), i));
      if (isInt) return { name: memberName, value: v as number, wireName: memberName, source };
      const member = { name: memberName } as EnumMember;
      if (wire !== memberName) member.memberValue = wire;
      member.wireName = wire;
      member.source = source;
      return member;
    });
    const decl = declBase('enum', name, at, description(schema)) as EnumDecl;
    decl.isIntEnum = isInt;
    decl.isFlags = false;
    decl.members = members;
    return decl;
  }
}

/** Whether a schema is declared as a type of its own: an object with members, or an enum of strings or integers. */
function isDeclared(schema: JsonObject): boolean {
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((v) => v !== null);
    return values.length > 0 && (values.every((v) => typeof v === 'string') || values.every((v) => typeof v === 'number' && Number.isInteger(v)));
  }
  if (isObject(schema.properties)) return true;
  if (Array.isArray(schema.allOf)) return schema.allOf.length > 1 || isObject(schema.properties);
  // A named `type: object` without members or a map of values: an empty class.
  return typeNames(schema)[0] === 'object' && schema.additionalProperties === undefined && !Array.isArray(schema.oneOf) && !Array.isArray(schema.anyOf);
}

function typeNames(schema: JsonObject): string[] {
  const t = schema.type;
  if (typeof t === 'string') return t === 'null' ? [] : [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string' && x !== 'null');
  if (isObject(schema.properties)) return ['object'];
  if (isObject(schema.items)) return ['array'];
  return [];
}

function isNullable(schema: JsonObject): boolean {
  return schema.nullable === true || schema['x-nullable'] === true || (Array.isArray(schema.type) && schema.type.includes('null'));
}

function description(schema: JsonObject): string | undefined {
  const text = typeof schema.description === 'string' ? schema.description : typeof schema.title === 'string' ? schema.title : undefined;
  return text?.trim() ? text : undefined;
}

function obsolete(at: Located): Attribute {
  return { name: 'Obsolete', args: [], source: location(at) };
}

/** The name a `$ref` target is known by: its key (`/components/schemas/Pet` → Pet), else its file. */
function lastSegment(at: Located): string {
  const segment = at.pointer.split('/').pop() ?? '';
  if (segment !== '') return segment.replace(/~1/g, '/').replace(/~0/g, '~');
  return (at.file.split(/[\\/]/).pop() ?? 'Schema').replace(/\.[^.]*$/, '');
}

/** Members by wire name: a later part of an `allOf` wins over an earlier one, required if either says so. */
function mergeMembers(members: Member[]): Member[] {
  const byWire = new Map<string, Member>();
  for (const m of members) {
    const earlier = byWire.get(m.wire);
    byWire.set(m.wire, earlier ? { ...m, required: m.required || earlier.required } : m);
  }
  return [...byWire.values()];
}

function sameRef(a: TypeRef, b: TypeRef): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type { Member };

/** What every declaration the loader makes shares: a top-level, non-library type named once. */
function declBase(kind: TypeDecl['kind'], name: string, at: Located, text: string | undefined): Partial<TypeDecl> {
  // Fields in a fixed order rather than spread in: declarations take a few shapes, with no temporaries.
  const base: Partial<TypeDecl> = { kind, id: name, name };
  if (text) base.description = text;
  base.attributes = [];
  base.isNested = false;
  base.innerTypes = [];
  base.isBuiltin = false;
  base.source = location(at);
  return base;
}
