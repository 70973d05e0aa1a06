// MetadataType / MetadataPropertyType / MetadataAttribute → model declarations.

import { diagnostic, quote } from '../../diagnostics/diagnostic.js';
import { propertyStyle } from '../../model/casing.js';
import { isSafeIdentifier, isSafeNamespace } from '../../model/identifiers.js';
import type {
  Attribute,
  AttributeArg,
  ClassDecl,
  DataMember,
  EnumDecl,
  EnumMember,
  Property,
  TextCase,
  TypeDecl,
  TypeRef,
} from '../../model/types.js';
import type { JsonObject, JsonReader } from './reader.js';
import type { LocatedText, RefContext, TypeResolver } from './resolve.js';

/** The generic arguments of what has none; never written to. */
const NO_ARGS: LocatedText[] = [];

export class DeclarationReader {
  constructor(
    private readonly reader: JsonReader,
    private readonly resolver: TypeResolver,
    /** The server's JSON casing, which wire names follow. */
    private readonly textCase: TextCase,
  ) {}

  /** Checks that `name` may be copied into code; reports it at `pointer` otherwise. */
  identifier(what: string, name: string | undefined, pointer: string): name is string {
    if (name === undefined) return false;
    if (isSafeIdentifier(name)) return true;
    this.reader.problem(diagnostic('unsafe-identifier', { what, name }, this.reader.at(pointer)));
    return false;
  }

  namespace(obj: JsonObject, pointer: string): string | undefined {
    const ns = this.reader.string(obj, pointer, 'namespace');
    if (ns === undefined || ns === '') return undefined;
    if (isSafeNamespace(ns)) return ns;
    this.reader.problem(diagnostic('unsafe-identifier', { what: 'namespace', name: ns }, this.reader.at(`${pointer}/namespace`)));
    return undefined;
  }

  /** A `MetadataTypeName` (`{name, namespace, genericArgs}`) as used by inherits, implements, returnType. */
  typeName(obj: JsonObject, pointer: string, scope: ReadonlySet<string>): TypeRef | undefined {
    const r = this.reader;
    const name = r.requiredString(obj, pointer, 'name');
    if (name === undefined) return undefined;
    const ns = r.string(obj, pointer, 'namespace');
    return this.resolver.resolve(
      { text: name, pointer: r.field(obj, pointer, 'name').pointer },
      this.genericArgs(obj, pointer),
      { scope, ...(ns ? { namespace: ns } : {}) },
    );
  }

  genericArgs(obj: JsonObject, pointer: string): LocatedText[] {
    // Most types and properties have none: no arrays made for them.
    if (obj.genericArgs == null && obj.GenericArgs == null) return NO_ARGS;
    return this.reader.array(obj, pointer, 'genericArgs').flatMap((item) => {
      if (typeof item.value === 'string') return [{ text: item.value, pointer: item.pointer }];
      this.reader.problem(diagnostic('invalid-shape', { expected: 'a string', found: typeof item.value }, this.reader.at(item.pointer)));
      return [];
    });
  }

  /**
   * Converts one MetadataType. `id` is its registry key (the metadata name, arity included) and
   * `genericParams` its type parameters, decided by the caller.
   */
  declaration(id: string, obj: JsonObject, pointer: string, genericParams: string[], isBuiltin: boolean): TypeDecl | undefined {
    const r = this.reader;
    const name = id.replace(/`\d+$/, '');
    if (!this.identifier('type name', name, `${pointer}/name`)) return undefined;
    const namespace = this.namespace(obj, pointer);
    const description = r.string(obj, pointer, 'description');
    const notes = r.string(obj, pointer, 'notes');
    const displayType = r.string(obj, pointer, 'displayType');
    const dataContractField = r.optionalObject(obj, pointer, 'dataContract');
    const common = {
      id,
      name,
      ...(namespace ? { namespace } : {}),
      ...(description ? { description } : {}),
      ...(notes ? { notes } : {}),
      ...(displayType ? { displayType } : {}),
      attributes: this.attributes(obj, pointer),
      ...(dataContractField ? { dataContract: this.dataContract(dataContractField.value, dataContractField.pointer) } : {}),
      isNested: r.flag(obj, pointer, 'isNested'),
      innerTypes: r.objects(obj, pointer, 'innerTypes').flatMap((t) => r.requiredString(t.value, t.pointer, 'name') ?? []),
      isBuiltin,
      source: r.at(pointer),
    };
    if (r.flag(obj, pointer, 'isEnum')) return this.enumDeclaration(obj, pointer, common);

    const scope = new Set(genericParams);
    genericParams.forEach((p, i) => this.identifier('generic parameter', p, `${pointer}/genericArgs/${i}`));
    const inherits = r.optionalObject(obj, pointer, 'inherits');
    const resolvedBase = inherits && this.typeName(inherits.value, inherits.pointer, scope);
    // An undescribed base (typed Object, with a warning) is no base: every class is an object.
    const base = resolvedBase?.kind === 'primitive' && resolvedBase.name === 'Object' ? undefined : resolvedBase;
    const decl: ClassDecl = {
      kind: r.flag(obj, pointer, 'isInterface') ? 'interface' : 'class',
      ...common,
      genericParams,
      ...(base ? { base } : {}),
      // An undescribed interface (typed Object, with a warning) is left out: there is nothing to implement.
      implements: r.objects(obj, pointer, 'implements').flatMap((i) => {
        const ref = this.typeName(i.value, i.pointer, scope);
        return ref && ref.kind !== 'primitive' ? [ref] : [];
      }),
      isAbstract: r.flag(obj, pointer, 'isAbstract'),
      properties: r.objects(obj, pointer, 'properties').flatMap((p) => this.property(p.value, p.pointer, scope) ?? []),
    };
    return decl;
  }

  private enumDeclaration(obj: JsonObject, pointer: string, common: Omit<EnumDecl, 'kind' | 'isIntEnum' | 'isFlags' | 'members'>): EnumDecl {
    const r = this.reader;
    const names = r.strings(obj, pointer, 'enumNames');
    const values = r.strings(obj, pointer, 'enumValues');
    const memberValues = r.strings(obj, pointer, 'enumMemberValues');
    const descriptions = r.strings(obj, pointer, 'enumDescriptions');
    const namesPointer = r.field(obj, pointer, 'enumNames').pointer;
    const valuesPointer = r.field(obj, pointer, 'enumValues').pointer;
    const members: EnumMember[] = [];
    names.forEach((name, i) => {
      if (!this.identifier('enum member', name, `${namesPointer}/${i}`)) return;
      const member: EnumMember = { name, wireName: name, source: r.at(`${namesPointer}/${i}`) };
      const value = values[i];
      if (value !== undefined) {
        const parsed = enumValue(value);
        if (parsed !== undefined) member.value = parsed;
        else r.problem(diagnostic('invalid-shape', { expected: 'a 64-bit integer enum value', found: quote(value) }, r.at(`${valuesPointer}/${i}`)));
      }
      const memberValue = memberValues[i];
      if (memberValue !== undefined && memberValue !== name) member.memberValue = memberValue;
      member.wireName = member.memberValue ?? name;
      const description = descriptions[i];
      if (description) member.description = description;
      members.push(member);
    });
    return {
      kind: 'enum',
      ...common,
      isIntEnum: r.flag(obj, pointer, 'isEnumInt'),
      isFlags: common.attributes.some((a) => a.name === 'Flags'),
      members,
    };
  }

  private property(obj: JsonObject, pointer: string, scope: ReadonlySet<string>): Property | undefined {
    const r = this.reader;
    const name = r.requiredString(obj, pointer, 'name');
    if (!this.identifier('property name', name, `${pointer}/name`)) return undefined;
    const typeText = r.requiredString(obj, pointer, 'type');
    if (typeText === undefined) return undefined;
    const isValueType = r.flag(obj, pointer, 'isValueType');
    const namespace = r.string(obj, pointer, 'namespace');
    const ctx: RefContext = namespace ? { scope, isValueType, namespace } : { scope, isValueType };
    const type = this.resolver.resolve({ text: typeText, pointer: `${pointer}/type` }, this.genericArgs(obj, pointer), ctx);
    if (!type) return undefined;
    const dataMemberField = r.optionalObject(obj, pointer, 'dataMember');
    const dataMember = dataMemberField && this.dataMember(dataMemberField.value, dataMemberField.pointer);
    const description = r.string(obj, pointer, 'description');
    const paramType = r.string(obj, pointer, 'paramType');
    const displayType = r.string(obj, pointer, 'displayType');
    const allowableValues = r.strings(obj, pointer, 'allowableValues');
    const allowableMin = r.integer(obj, pointer, 'allowableMin');
    const allowableMax = r.integer(obj, pointer, 'allowableMax');
    const inputField = r.optionalObject(obj, pointer, 'input');
    const input = inputField && this.input(inputField.value, inputField.pointer);
    const alias = dataMember?.name !== undefined && dataMember.name !== name ? dataMember.name : undefined;
    // Optional fields are added in a fixed order, not spread in: no temporary object for each, and
    // properties take a few shapes. The order is the model's (and its JSON's) field order.
    const property = {
      name,
      type,
      isRequired: r.flag(obj, pointer, 'isRequired'),
      isValueType,
      isEnum: r.flag(obj, pointer, 'isEnum'),
      isPrimaryKey: r.flag(obj, pointer, 'isPrimaryKey'),
      readOnly: r.flag(obj, pointer, 'readOnly'),
    } as Property;
    if (description) property.description = description;
    if (alias !== undefined) property.alias = alias;
    // A DataMember name travels as it is written, even one that only repeats the property's name.
    property.wireName = dataMember?.name ?? propertyStyle(name, this.textCase);
    if (dataMember) property.dataMember = dataMember;
    if (paramType) property.paramType = paramType;
    if (displayType) property.displayType = displayType;
    if (allowableValues.length > 0) property.allowableValues = allowableValues;
    if (allowableMin !== undefined) property.allowableMin = allowableMin;
    if (allowableMax !== undefined) property.allowableMax = allowableMax;
    if (input) property.input = input;
    property.attributes = this.attributes(obj, pointer);
    property.source = r.at(pointer);
    return property;
  }

  /** The parts of an `InputInfo` that pages show; undefined when it has none of them. */
  private input(obj: JsonObject, pointer: string): Property['input'] {
    const r = this.reader;
    const allowableValues = r.strings(obj, pointer, 'allowableValues');
    const min = r.string(obj, pointer, 'min');
    const max = r.string(obj, pointer, 'max');
    if (allowableValues.length === 0 && min === undefined && max === undefined) return undefined;
    return { ...(allowableValues.length > 0 ? { allowableValues } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }

  private dataMember(obj: JsonObject, pointer: string): DataMember {
    const r = this.reader;
    const name = r.string(obj, pointer, 'name');
    const order = r.integer(obj, pointer, 'order');
    const isRequired = r.optionalFlag(obj, pointer, 'isRequired');
    const emitDefaultValue = r.optionalFlag(obj, pointer, 'emitDefaultValue');
    return {
      ...(name ? { name } : {}),
      ...(order !== undefined ? { order } : {}),
      ...(isRequired !== undefined ? { isRequired } : {}),
      ...(emitDefaultValue !== undefined ? { emitDefaultValue } : {}),
    };
  }

  private dataContract(obj: JsonObject, pointer: string): { name?: string; namespace?: string } {
    const name = this.reader.string(obj, pointer, 'name');
    const namespace = this.reader.string(obj, pointer, 'namespace');
    return { ...(name ? { name } : {}), ...(namespace ? { namespace } : {}) };
  }

  attributes(obj: JsonObject, pointer: string): Attribute[] {
    const r = this.reader;
    return r.objects(obj, pointer, 'attributes').flatMap((a) => {
      const name = r.requiredString(a.value, a.pointer, 'name');
      if (!this.identifier('attribute name', name, `${a.pointer}/name`)) return [];
      // constructorArgs are positional; args are named (`Description="…"`).
      const positional = r.objects(a.value, a.pointer, 'constructorArgs').flatMap((arg) => this.attributeArg(arg.value, arg.pointer, false));
      const named = r.objects(a.value, a.pointer, 'args').flatMap((arg) => this.attributeArg(arg.value, arg.pointer, true));
      return [{ name, args: [...positional, ...named], source: r.at(a.pointer) }];
    });
  }

  private attributeArg(obj: JsonObject, pointer: string, named: boolean): AttributeArg[] {
    const r = this.reader;
    const type = r.string(obj, pointer, 'type') ?? 'String';
    const value = r.string(obj, pointer, 'value') ?? '';
    if (!named) {
      const param = r.string(obj, pointer, 'name');
      return [{ type, value, ...(param !== undefined && isSafeIdentifier(param) ? { param } : {}) }];
    }
    const name = r.requiredString(obj, pointer, 'name');
    if (!this.identifier('attribute argument', name, `${pointer}/name`)) return [];
    return [{ name, type, value }];
  }
}

/** An integer enum value, exact: a number when it is one, a bigint up to 64 bits (UInt64 included). */
function enumValue(text: string): number | bigint | undefined {
  const trimmed = text.trim();
  if (!/^-?\d{1,20}$/.test(trimmed)) return undefined;
  const value = BigInt(trimmed);
  if (value < -(2n ** 63n) || value >= 2n ** 64n) return undefined;
  return Number.isSafeInteger(Number(value)) ? Number(value) : value;
}
