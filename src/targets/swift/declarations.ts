// One declaration → its view model: the lines ServiceStack's Swift generator writes for a class,
// an enum or a protocol, precomputed for the templates.

import { attributeText, routeText, UNQUOTED_SYMBOLS } from '../../emit/attributes.js';
import { dataContractComment, dataMemberComment, type DataContractSettings } from '../../emit/data-contract.js';
import { doubleQuotedBody, singleLine } from '../../emit/text.js';
import { forEachNamedId, typesById } from '../../model/walk.js';
import type { Attribute, AttributeArg, ClassDecl, EnumDecl, Property, TypeDecl, TypeRef } from '../../model/types.js';
import type { DtoPlan, PlannedDecl, PlannedProperty } from '../../plan/plan.js';
import type { ReturnMarker } from '../../plan/requests.js';
import { typeText, type TypeSyntax } from '../../plan/type-syntax.js';
import { docComment } from './comments.js';
import { UNLISTED_INTERFACES, WHOLE_FILE_UNLISTED } from './library.js';
import { escapeKeyword, libraryName } from './names.js';
import { SWIFT_UNDECLARABLE } from './reserved.js';
import { SWIFT_PRIMITIVES, TIME_INTERVAL } from './type-map.js';

export type SwiftDeclVM = SwiftClassVM | SwiftEnumVM | SwiftProtocolVM | SwiftExcludedVM;

/** ExcludeGenericBaseTypes: a type with a generic base is left out, with a comment where it was (S16). */
export interface SwiftExcludedVM {
  partial: 'excluded';
  excluded: true;
  line: string;
}

export interface SwiftClassVM {
  partial: 'class';
  /** Description, `// @Route(…)`, `// @Api(…)`, `// @DataContract` lines above the class. */
  comments: string[];
  signature: string;
  /** `public typealias Return = …` of a request with a response type. */
  typealias: string | null;
  properties: SwiftPropertyVM[];
  init: string;
  /** Subclasses encode their own properties and call their base class for the rest. */
  coding: SwiftCodingVM | null;
  /** Other classes list their keys only where an exact wire name differs from a property's name. */
  wireKeys: string[] | null;
}

export interface SwiftPropertyVM {
  /** ServiceStack leaves a blank line after a property that had DataMember or attribute comments above it. */
  blankBefore: boolean;
  doc: string[];
  comments: string[];
  declaration: string;
}

export interface SwiftCodingVM {
  hasKeys: boolean;
  keys: string[];
  decodes: string[];
  encodes: string[];
}

export interface SwiftEnumVM {
  partial: 'enum';
  comments: string[];
  signature: string;
  members: string[];
}

export interface SwiftProtocolVM {
  partial: 'protocol';
  comments: string[];
  signature: string;
  /** `associatedtype T` for each generic parameter: Swift protocols take no type parameters (S26). */
  associatedTypes: string[];
  /** Laid out as a class's are, with their descriptions and DataMember and attribute comments. */
  properties: SwiftPropertyVM[];
}

export interface DeclOptions {
  /** Whole file: return markers and routes; operation mode shows neither, like metadata pages. */
  wholeFile: boolean;
  makeOptional: boolean;
  excludeGenericBaseTypes: boolean;
  baseClass?: string;
  /** Names of types written as `String`. */
  treatAsStrings: ReadonlySet<string>;
  exportValueTypes: boolean;
  dataContract: DataContractSettings;
}

interface CodedProperty {
  name: string;
  type: string;
  collection?: 'array' | 'dictionary';
  timeSpan: boolean;
  hasDefault: boolean;
  /** The JSON key, when it is not the name (exact wire names only). */
  wire?: string;
}

export class SwiftDeclarations {
  private readonly byId: ReadonlyMap<string, TypeDecl>;

  constructor(
    private readonly plan: DtoPlan,
    private readonly options: DeclOptions,
  ) {
    this.byId = typesById(plan.model);
    this.syntax = { ...this.syntax, exportValueTypes: options.exportValueTypes };
  }

  declaration(planned: PlannedDecl): SwiftDeclVM {
    const decl = planned.decl;
    if (decl.kind === 'enum') return this.enumVM(planned, decl);
    if (this.options.excludeGenericBaseTypes && decl.base && genericBase(decl.base)) {
      return { partial: 'excluded', excluded: true, line: `//Excluded ${singleLine(decl.name)} : ${genericBase(decl.base)}` };
    }
    return decl.kind === 'interface' ? this.protocolVM(planned, decl) : this.classVM(planned, decl);
  }

  private classVM(planned: PlannedDecl, decl: ClassDecl): SwiftClassVM {
    const marker = this.options.wholeFile ? this.returnMarker(planned, decl) : undefined;
    // BaseClass goes where a type has no base of its own, and such a type still adopts Codable
    // itself: no inherited coding to call (S15).
    const base = decl.base ? this.baseExpr(decl.base) : undefined;
    const optionBase = base ? undefined : this.options.baseClass;
    const conformances = [
      ...(base ? [base] : optionBase ? [optionBase] : []),
      ...(marker ? [marker.kind === 'void' ? 'IReturnVoid' : 'IReturn'] : []),
      ...this.interfaces(decl),
      ...(base ? [] : ['Codable']),
    ];
    // Only NSObject's init() must be overridden (ServiceStack's OverrideInitForBaseClasses).
    const callsSuper = base !== undefined || optionBase === 'NSObject';
    const { properties, coded } = this.properties(planned);
    return {
      partial: 'class',
      comments: [...docComment(planned.description), ...(planned.request?.routes ?? []).map((r) => `// ${singleLine(routeText(r))}`), ...this.typeAttributes(planned)],
      signature: `public class ${planned.name}${this.genericParams(decl)} : ${conformances.join(', ')}`,
      typealias: marker?.kind === 'type' ? `public typealias Return = ${this.typeExpr(marker.type)}` : null,
      properties,
      init: callsSuper ? 'required public init(){ super.init() }' : 'required public init(){}',
      coding: base ? codingVM(coded) : null,
      wireKeys: !base && coded.some((c) => c.wire !== undefined) ? coded.map(codingKey) : null,
    };
  }

  private enumVM(planned: PlannedDecl, decl: EnumDecl): SwiftEnumVM {
    const isInt = decl.isIntEnum || decl.members.some((m) => m.value !== undefined);
    return {
      partial: 'enum',
      comments: [...docComment(planned.description), ...this.typeAttributes(planned)],
      // Swift refuses a raw type on an enum without cases; an empty enum is plainly Codable.
      signature: `public enum ${planned.name} : ${decl.members.length === 0 ? '' : isInt ? 'Int, ' : 'String, '}Codable`,
      // [EnumMember(Value)] is not honoured: ServiceStack's Swift enums use the member names.
      members: decl.members.map((m, i) => `case ${escapeKeyword(m.name)}${isInt ? ` = ${m.value ?? i}` : this.exactWire(m.name, m.wireName)}`),
    };
  }

  private protocolVM(planned: PlannedDecl, decl: ClassDecl): SwiftProtocolVM {
    const inherited = this.interfaces(decl);
    return {
      partial: 'protocol',
      comments: [...docComment(planned.description), ...this.typeAttributes(planned)],
      signature: `public protocol ${planned.name}${inherited.length > 0 ? ` : ${inherited.join(', ')}` : ''}`,
      associatedTypes: decl.genericParams.map((p) => `associatedtype ${escapeKeyword(p)}`),
      properties: this.properties(planned, true).properties,
    };
  }

  /** The request's IReturn<T> / IReturnVoid marker: from its operation, else from what it implements. */
  private returnMarker(planned: PlannedDecl, decl: ClassDecl): ReturnMarker | undefined {
    if (planned.request?.marker) return planned.request.marker;
    const declared = decl.implements.find((i) => i.kind === 'named' && i.id === 'IReturn`1');
    if (declared?.kind === 'named' && declared.args[0]) return { kind: 'type', type: declared.args[0] };
    return decl.implements.some((i) => i.kind === 'named' && i.id === 'IReturnVoid') ? { kind: 'void' } : undefined;
  }

  private baseExpr(base: TypeRef): string {
    // A collection base is the package's generic class, not Swift's array or dictionary syntax.
    if (base.kind === 'list') return `List<${this.typeExpr(base.element)}>`;
    if (base.kind === 'dictionary') return `Dictionary<${this.typeExpr(base.key)}, ${this.typeExpr(base.value)}>`;
    return this.typeExpr(base);
  }

  private interfaces(decl: ClassDecl): string[] {
    return decl.implements
      .filter((i) => i.kind === 'named' && !UNLISTED_INTERFACES.has(i.id) && !(this.options.wholeFile && WHOLE_FILE_UNLISTED.has(i.id)))
      .map((i) => this.typeExpr(i));
  }

  private genericParams(decl: ClassDecl): string {
    return decl.genericParams.length === 0 ? '' : `<${decl.genericParams.map((p) => `${escapeKeyword(p)} : Codable`).join(', ')}>`;
  }

  /** A class's properties, or a protocol's (`var x:T? { get set }`), which ServiceStack writes in the same loop. */
  private properties(planned: PlannedDecl, protocol = false): { properties: SwiftPropertyVM[]; coded: CodedProperty[] } {
    const properties: SwiftPropertyVM[] = [];
    const coded: CodedProperty[] = [];
    let commented = false;
    const push = (vm: Omit<SwiftPropertyVM, 'blankBefore'>, code?: CodedProperty) => {
      properties.push({ blankBefore: commented, ...vm });
      if (code) {
        coded.push(code);
        // A description alone leaves no blank line: ServiceStack's AppendComments reports nothing written (S30).
        commented = vm.comments.length > 0;
      }
    };
    // The version keeps its default and stays out of CodingKeys, as ServiceStack writes it (S13):
    // decoding it into a non-optional Int would not compile.
    if (planned.implicitVersion !== undefined) {
      push({ doc: [], comments: [], declaration: `public var version:Int = ${planned.implicitVersion}` });
    }
    // DataMember positions count the properties written, not those skipped (SW:609-644).
    let index = 0;
    for (const pp of planned.properties) {
      const p = pp.property;
      const ignored = this.interfaceProperty(pp);
      if (ignored) {
        push({ doc: [], comments: [], declaration: ignored });
        continue;
      }
      index++;
      const { type, nullable } = this.propertyType(p);
      const collection = collectionKind(p.type);
      const initialised = !protocol && pp.initialise !== undefined;
      const optional = nullable || (!initialised && (this.options.makeOptional || hasRequiredAttribute(p)));
      const name = pp.name;
      const timeSpan = type === TIME_INTERVAL;
      const initialValue = initialised ? (collection === 'array' ? ' = []' : ' = [:]') : '';
      push(
        {
          doc: docComment(pp.description),
          comments: [...dataMemberComment(p.dataMember, index, this.options.dataContract), ...attributeComments(pp.attributes)],
          declaration: protocol
            ? `var ${name}:${type}${optional ? '?' : ''} { get set }`
            : `${timeSpan ? '@TimeSpan ' : ''}public var ${name}:${type}${optional ? '?' : ''}${initialValue}`,
        },
        { name, type, ...(collection ? { collection } : {}), timeSpan, hasDefault: initialised, ...(this.exactWire(name, p.wireName) ? { wire: p.wireName } : {}) },
      );
    }
    if (planned.addResponseStatus) {
      // Not coded by subclasses either (S14): the base class's decoder never sees it.
      push({ doc: [], comments: dataMemberComment(undefined, index + 1, this.options.dataContract), declaration: 'public var responseStatus:ResponseStatus?' });
    }
    return { properties, coded };
  }

  /**
   * Properties typed by an interface: Swift protocols cannot be decoded, so ServiceStack skips them,
   * and `ProviderOAuthAccess` (its IgnorePropertyNames, S24) whatever its type.
   */
  private interfaceProperty(planned: PlannedProperty): string | undefined {
    const p = planned.property;
    let usesInterface = IGNORED_PROPERTY_NAMES.has(p.name);
    forEachNamedId(p.type, (id) => {
      usesInterface ||= this.byId.get(id)?.kind === 'interface';
    });
    if (!usesInterface) return undefined;
    return `//${planned.name}:${this.propertyType(p).type} ignored. Swift doesn't support interface properties`;
  }

  private propertyType(p: Property): { type: string; nullable: boolean } {
    return p.type.kind === 'nullable' ? { type: this.typeExpr(p.type.of), nullable: true } : { type: this.typeExpr(p.type), nullable: false };
  }

  private typeAttributes(planned: PlannedDecl): string[] {
    const decl = planned.decl;
    const lines = attributeComments(planned.attributes);
    if (decl.kind === 'enum' && decl.isFlags && !decl.attributes.some((a) => a.name === 'Flags')) lines.unshift('// @Flags()');
    if (decl.kind !== 'interface') lines.push(...dataContractComment(decl.dataContract, this.options.dataContract));
    return lines;
  }

  /** ` = "created-at"`: an exact wire name (OpenAPI) that the Swift name does not spell. */
  /** A coding key's JSON name, where the Swift name is not it: exact wire names (OpenAPI), and names Swift cannot declare (`self` → `self_`). */
  private exactWire(name: string, wire: string): string {
    const keyed = this.plan.model.service.exactWireNames === true || SWIFT_UNDECLARABLE.has(wire);
    return keyed && name.replace(/`/g, '') !== wire ? ` = "${doubleQuotedBody(wire)}"` : '';
  }

  private className(id: string): string {
    return this.plan.names.get(id) ?? libraryName(id);
  }

  typeExpr(ref: TypeRef): string {
    return typeText(ref, this.syntax);
  }

  private syntax: TypeSyntax = {
    // TreatTypesAsStrings takes any type name, built-in ones too (S17).
    primitive: (name) => (this.options.treatAsStrings.has(name) ? 'String' : SWIFT_PRIMITIVES[name]),
    opaque: 'String',
    // Swift has no union type: the value is typed as an Object is (see unions.ts for the warning).
    union: () => SWIFT_PRIMITIVES.Object,
    param: escapeKeyword,
    nullable: (inner) => `${inner}?`,
    list: (element) => `[${element}]`,
    dictionary: (key, value) => `[${key}:${value}]`,
    named: (ref, args) => {
      const decl = this.byId.get(ref.id);
      if (decl && this.options.treatAsStrings.has(decl.name)) return 'String';
      return args.length === 0 ? this.className(ref.id) : `${this.className(ref.id)}<${args.join(', ')}>`;
    },
  };
}

function codingVM(coded: readonly CodedProperty[]): SwiftCodingVM {
  return {
    hasKeys: coded.length > 0,
    keys: coded.map(codingKey),
    decodes: coded.map((c) => {
      const fallback = c.collection === 'array' ? ' ?? []' : c.collection === 'dictionary' ? ' ?? [:]' : '';
      // @TimeSpan values are XSD duration strings: the package's convertIfPresent reads them.
      const read = c.timeSpan ? 'convertIfPresent' : 'decodeIfPresent';
      return `${c.name} = try container.${read}(${c.type}.self, forKey: .${c.name})${fallback}`;
    }),
    encodes: coded.map((c) => `if ${c.hasDefault ? `${c.name}.count > 0` : `${c.name} != nil`} { try container.encode(${c.name}, forKey: .${c.name}) }`),
  };
}

function codingKey(c: CodedProperty): string {
  return c.wire === undefined ? c.name : `${c.name} = "${doubleQuotedBody(c.wire)}"`;
}

function collectionKind(ref: TypeRef): 'array' | 'dictionary' | undefined {
  if (ref.kind === 'list') return 'array';
  if (ref.kind === 'dictionary') return 'dictionary';
  return undefined;
}

/** ServiceStack's SwiftGenerator.IgnorePropertyNames: session data no client decodes. */
const IGNORED_PROPERTY_NAMES: ReadonlySet<string> = new Set(['ProviderOAuthAccess']);

function hasRequiredAttribute(p: Property): boolean {
  return p.attributes.some((a) => a.name === 'Required');
}

/** The integer limits as Swift names them (`Int32.max`), as ServiceStack's Swift generator prints them (S28). */
const LIMITS: ReadonlyMap<string, string> = new Map([
  ['Int32 2147483647', 'Int32.max'],
  ['Int32 -2147483648', 'Int32.min'],
  ['Int64 9223372036854775807', 'Int64.max'],
  ['Int64 -9223372036854775808', 'Int64.min'],
]);

function swiftLimits(arg: AttributeArg): string | undefined {
  return LIMITS.get(`${arg.type} ${arg.value}`);
}

function attributeComments(attributes: readonly Attribute[]): string[] {
  return attributes.map((a) => `// ${singleLine(attributeText(a, swiftLimits, UNQUOTED_SYMBOLS))}`);
}

/** A base type with generic arguments, as ServiceStack's `//Excluded` line spells it (`QueryDb<Thing>`); undefined for others. */
function genericBase(base: TypeRef): string | undefined {
  if (base.kind === 'named' && base.args.length > 0) return csharpText(base);
  if ((base.kind === 'list' && base.container !== 'Array') || base.kind === 'dictionary') return csharpText(base);
  return undefined;
}

/** A type reference as the metadata's C# names spell it, generic arguments joined by commas without spaces. */
function csharpText(ref: TypeRef): string {
  switch (ref.kind) {
    case 'primitive':
    case 'opaque':
    case 'param':
      return ref.name;
    case 'nullable':
      return `Nullable<${csharpText(ref.of)}>`;
    case 'list':
      return ref.container === 'Array' ? `${csharpText(ref.element)}[]` : `${ref.container}<${csharpText(ref.element)}>`;
    case 'dictionary':
      return `${ref.container}<${csharpText(ref.key)},${csharpText(ref.value)}>`;
    case 'union':
      return 'Object';
    case 'named': {
      const name = ref.id.replace(/`\d+$/, '');
      return ref.args.length === 0 ? name : `${name}<${ref.args.map(csharpText).join(',')}>`;
    }
  }
}
