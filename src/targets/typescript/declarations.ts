// One declaration at a time: the lines a TypeScript class, interface or enum prints, in
// ServiceStack's layout (Allman braces, four-space indent, a blank line after a property that
// carries attribute comments, a blank line before the constructor).

import { attributeText, routeText } from '../../emit/attributes.js';
import { dataContractComment, dataMemberComment, type DataContractSettings } from '../../emit/data-contract.js';
import { blockCommentText, doubleQuotedBody, singleLine, singleQuotedBody } from '../../emit/text.js';
import type { Attribute, ClassDecl, EnumDecl, TypeRef } from '../../model/types.js';
import type { PlannedDecl, PlannedProperty } from '../../plan/plan.js';
import type { RequestPlan } from '../../plan/requests.js';
import { TYPESCRIPT_NAMING } from './names.js';
import type { BaseProperties } from './base-properties.js';
import type { TypeExpressions } from './type-expr.js';

export type TsDeclVM = TsTypeVM | TsEnumVM | TsLineVM;

/** A class or an interface. */
export interface TsTypeVM {
  partial: 'type';
  blankBefore: boolean;
  comments: string[];
  signature: string;
  properties: TsPropertyVM[];
  /** Classes print a blank line, then the constructor and the request methods. */
  hasMethods: boolean;
  methods: string[];
}

export interface TsPropertyVM {
  /** Comment lines, then the declaration. */
  lines: string[];
  blankAfter: boolean;
}

export interface TsEnumVM {
  partial: 'enum';
  blankBefore: boolean;
  comments: string[];
  signature: string;
  members: string[];
  /** `}`, or `} as const;` for a strict enum object. */
  close: string;
  /** The lines after the body: a strict enum's type alias. */
  after: string[];
}

/** A declaration that is one line (a union type, the Dictionary helper). */
export interface TsLineVM {
  partial: 'line';
  blankBefore: boolean;
  comments: string[];
  line: string;
}

export interface DeclarationOptions {
  /** Interface-only declarations (`/types/typescript.d`). */
  interfacesOnly: boolean;
  /** Inside `declare namespace`, where declarations are already ambient. */
  inNamespace: boolean;
  makePropertiesOptional: boolean;
  dataContract: DataContractSettings;
  /**
   * StrictClasses: definitely assigned properties (`name!: T`), a plain `Object.assign`, and enums
   * as `as const` objects with a type of the same name, since enums are not erasable syntax.
   */
  strictClasses: boolean;
  /** What each class inherits: strict classes `declare` what they redeclare. */
  baseProperties?: BaseProperties;
}

/** The marker interfaces whose member the client calls: ServiceStack writes their bodies itself. */
const MARKER_BODIES: ReadonlyMap<string, string> = new Map([
  ['IReturn`1', 'createResponse(): T;'],
  ['IReturnVoid', 'createResponse(): void;'],
]);

export class Declarations {
  constructor(
    private readonly types: TypeExpressions,
    private readonly options: DeclarationOptions,
  ) {}

  of(planned: PlannedDecl): TsDeclVM {
    return planned.decl.kind === 'enum' ? this.enumVM(planned, planned.decl) : this.typeVM(planned, planned.decl);
  }

  /** A marker interface the metadata does not describe but the file's requests implement. */
  markerInterface(id: 'IReturn`1' | 'IReturnVoid'): TsTypeVM {
    const signature = id === 'IReturnVoid' ? 'IReturnVoid' : 'IReturn<T>';
    return this.typeShell([], `${this.interfaceKeyword()} ${signature}`, this.markerBody(id), false, []);
  }

  /**
   * ServiceStack's declarations leave these bodies empty; dtogen keeps `createResponse()` in both
   * flavours, since the client's `send()` takes an IReturn<T> and infers T from that member (T15).
   */
  private markerBody(id: string): TsPropertyVM[] {
    const body = MARKER_BODIES.get(id);
    return body === undefined ? [] : [plainProperty(body)];
  }

  /** `Dictionary<T>`, the base ServiceStack gives types that extend a .NET dictionary. */
  dictionaryBase(): TsLineVM {
    const keyword = this.options.interfacesOnly ? this.interfaceKeyword() : 'export class';
    return { partial: 'line', blankBefore: true, comments: [], line: `${keyword} Dictionary<T> { [Key: string]: T; }` };
  }

  private typeVM(planned: PlannedDecl, decl: ClassDecl): TsTypeVM {
    const isClass = !this.options.interfacesOnly && decl.kind === 'class';
    const request = planned.request;
    const comments = [
      ...description(planned.description),
      ...(request?.routes ?? []).map((r) => `// ${routeText(r)}`),
      ...attributeComments(planned.attributes),
      ...(decl.kind === 'interface' ? [] : dataContractComment(decl.dataContract, this.options.dataContract)),
    ];
    const selfType = this.selfType(planned.name, decl);
    const keyword = isClass ? 'export class' : this.interfaceKeyword();
    const signature = `${keyword} ${selfType}${this.heritage(decl, isClass, request)}`;

    if (MARKER_BODIES.has(decl.id)) return this.typeShell(comments, signature, this.markerBody(decl.id), false, []);

    const properties: TsPropertyVM[] = [];
    if (planned.implicitVersion !== undefined) {
      // Optional in declarations (T23).
      properties.push(plainProperty(`${isClass ? `public version${this.definite()}` : 'version?'}: number; //${planned.implicitVersion}`));
    }
    const inherited = isClass && this.options.strictClasses ? this.options.baseProperties?.of(decl) : undefined;
    properties.push(...planned.properties.map((p, i) => this.property(p, isClass, i + 1, inherited?.has(p.property.name) ?? false)));
    if (planned.addResponseStatus) {
      // Optional in declarations only (ServiceStack's ExportAsTypes), whatever MakePropertiesOptional says (T22).
      const line = `${isClass ? 'public ' : ''}responseStatus${this.options.interfacesOnly ? '?' : isClass ? this.definite() : ''}: ResponseStatus;`;
      properties.push({ lines: [...dataMemberComment(undefined, planned.properties.length + 1, this.options.dataContract), line], blankAfter: false });
    }
    properties.forEach((p, i) => {
      if (i === properties.length - 1) p.blankAfter = false;
    });
    const methods = isClass ? [this.constructorLine(decl, selfType), ...this.requestMethods(decl, request)] : [];
    return this.typeShell(comments, signature, properties, isClass, methods);
  }

  /** `!` on a strict class's property that Object.assign fills (see DeclarationOptions.strictClasses). */
  private definite(): string {
    return this.options.strictClasses ? '!' : '';
  }

  private typeShell(comments: string[], signature: string, properties: TsPropertyVM[], hasMethods: boolean, methods: string[]): TsTypeVM {
    return { partial: 'type', blankBefore: true, comments, signature, properties, hasMethods, methods };
  }

  private enumVM(planned: PlannedDecl, decl: EnumDecl): TsDeclVM {
    const comments = [...description(planned.description), ...attributeComments(planned.attributes), ...dataContractComment(decl.dataContract, this.options.dataContract)];
    const name = planned.name;
    const isInt = decl.isIntEnum || decl.members.some((m) => m.value !== undefined);
    if (this.options.interfacesOnly && !decl.isIntEnum) {
      // Declarations only: an enum is the union of the names JSON carries (T18), numbered ones
      // too. Where ServiceStack unions the member names, dtogen writes what travels: an
      // [EnumMember] value, and a `declare enum` for enums sent as numbers ([Flags], [EnumAsInt]).
      // An enum without members has no values: `never`.
      const union = decl.members.map((m) => `"${doubleQuotedBody(m.wireName)}"`).join(' | ') || 'never';
      return { partial: 'line', blankBefore: true, comments, line: `type ${name} = ${union};` };
    }
    const value = (m: EnumDecl['members'][number], i: number) => (isInt ? `${m.value ?? i}` : `'${singleQuotedBody(m.wireName)}'`);
    if (this.options.strictClasses && !this.options.interfacesOnly) {
      return {
        partial: 'enum',
        blankBefore: true,
        comments,
        signature: `export const ${name} =`,
        members: decl.members.map((m, i) => `${m.name}: ${value(m, i)},`),
        close: '} as const;',
        after: [`export type ${name} = (typeof ${name})[keyof typeof ${name}];`],
      };
    }
    return {
      partial: 'enum',
      blankBefore: true,
      comments,
      signature: `${this.enumKeyword()} ${name}`,
      members: decl.members.map((m, i) => `${m.name} = ${value(m, i)},`),
      close: '}',
      after: [],
    };
  }

  /** ` extends Base implements IReturn<R>, IPost` (classes) or ` extends Base, IReturn<R>` (interfaces). */
  private heritage(decl: ClassDecl, isClass: boolean, request: RequestPlan | undefined): string {
    const base = decl.base ? this.baseType(decl.base) : undefined;
    const interfaces: string[] = [];
    if (request?.marker?.kind === 'void') interfaces.push('IReturnVoid');
    else if (request?.marker) interfaces.push(`IReturn<${this.types.responseType(request.marker.type)}>`);
    for (const i of decl.implements) {
      const text = this.types.expr(i);
      if (!interfaces.includes(text)) interfaces.push(text);
    }
    if (isClass) {
      return `${base ? ` extends ${base}` : ''}${interfaces.length > 0 ? ` implements ${interfaces.join(', ')}` : ''}`;
    }
    const all = base ? [base, ...interfaces] : interfaces;
    return all.length > 0 ? ` extends ${all.join(', ')}` : '';
  }

  /** .NET collections as base types become `Array<T>` and the `Dictionary<T>` helper. */
  private baseType(base: TypeRef): string {
    if (base.kind === 'list') return `Array<${this.types.expr(base.element)}>`;
    if (base.kind === 'dictionary') return `Dictionary<${this.types.expr(base.value)}>`;
    return this.types.expr(base);
  }

  private constructorLine(decl: ClassDecl, selfType: string): string {
    const superCall = !decl.base ? '' : decl.base.kind === 'list' || decl.base.kind === 'dictionary' ? 'super(); ' : 'super(init); ';
    const assign = this.options.strictClasses ? 'Object.assign(this, init);' : '(Object as any).assign(this, init);';
    return `public constructor(init?: Partial<${selfType}>) { ${superCall}${assign} }`;
  }

  private requestMethods(decl: ClassDecl, request: RequestPlan | undefined): string[] {
    if (!request) return [];
    const methods = [`public getTypeName() { return '${decl.name}'; }`, `public getMethod() { return '${request.method}'; }`];
    // Every request has the method the client calls; without a response it returns nothing (T13).
    if (request.marker?.kind === 'type') methods.push(`public createResponse() { return ${this.types.emptyResponse(request.marker.type)}; }`);
    else methods.push('public createResponse() {}');
    return methods;
  }

  private property(planned: PlannedProperty, isClass: boolean, index: number, redeclared: boolean): TsPropertyVM {
    const p = planned.property;
    const annotations = [...dataMemberComment(p.dataMember, index, this.options.dataContract), ...attributeComments(planned.attributes)];
    const comments = [...description(planned.description), ...annotations];
    const optional = this.options.makePropertiesOptional || p.type.kind === 'nullable' ? '?' : '';
    const type = this.types.expr(p.type);
    const initializer = collectionInitializer(planned, type);
    const strict = isClass && this.options.strictClasses && initializer === '';
    // The constructor's Object.assign fills the rest, which the compiler cannot see.
    const definite = strict && optional === '' && !redeclared ? '!' : '';
    const declaration = `${planned.name}${optional}${definite}: ${type}`;
    // A redeclared property is the base's field with a narrower type: no field of its own.
    const modifiers = strict && redeclared ? 'public declare' : 'public';
    const line = isClass ? `${modifiers} ${declaration}${initializer};` : `${declaration};`;
    // A description alone leaves no blank line after it: ServiceStack's AppendComments reports nothing written (T25).
    return { lines: [...comments, line], blankAfter: annotations.length > 0 };
  }

  private selfType(name: string, decl: ClassDecl): string {
    return decl.genericParams.length > 0 ? `${name}<${decl.genericParams.map(TYPESCRIPT_NAMING.genericParam).join(', ')}>` : name;
  }

  /** Top-level declarations of a `.d.ts` file must be ambient; inside a namespace they already are. */
  private interfaceKeyword(): string {
    return this.options.interfacesOnly ? 'interface' : 'export interface';
  }

  private enumKeyword(): string {
    if (!this.options.interfacesOnly) return 'export enum';
    return this.options.inNamespace ? 'enum' : 'declare enum';
  }
}

function description(text: string | undefined): string[] {
  return text === undefined ? [] : [`/** @description ${blockCommentText(singleLine(text))} */`];
}

function attributeComments(attributes: readonly Attribute[]): string[] {
  return attributes.map((a) => `// ${singleLine(attributeText(a))}`);
}

/** ` = []` or ` = {}` for a collection that starts out empty; binary data is a string here: nothing to initialise. */
export function collectionInitializer(planned: PlannedProperty, type: string): string {
  return planned.initialise === undefined || type === 'string' ? '' : planned.initialise === 'list' ? ' = []' : ' = {}';
}

function plainProperty(line: string): TsPropertyVM {
  return { lines: [line], blankAfter: false };
}
