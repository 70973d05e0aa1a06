// One declaration at a time: the lines a JavaScript class or enum object prints, in ServiceStack's
// mjs layout (K&R braces, four-space indent, no blank lines), with its JSDoc annotations.

import { blockCommentText, doubleQuotedBody, multiLineText, singleQuotedBody } from '../../emit/text.js';
import type { ClassDecl, EnumDecl, EnumMember } from '../../model/types.js';
import type { PlannedDecl, PlannedProperty } from '../../plan/plan.js';
import type { RequestPlan } from '../../plan/requests.js';
import { collectionInitializer } from '../typescript/declarations.js';
import type { TypeExpressions } from '../typescript/type-expr.js';
import type { InitParameters } from './init-parameters.js';
import { MJS_NAMING } from './names.js';

export type MjsDeclVM = MjsClassVM | MjsEnumVM;

export interface MjsClassVM {
  partial: 'class';
  /** `class Dictionary {}` and `@typedef` lines of the generic parameters. */
  before: string[];
  signature: string;
  /** Every line inside the braces, unindented. */
  body: string[];
}

export interface MjsEnumVM {
  partial: 'enum';
  before: string[];
  name: string;
  members: string[];
}

export interface DeclarationOptions {
  /** AddDocAnnotations: the JSDoc `@type`, `@param` and `@typedef` comments. */
  annotate: boolean;
}

/** The base class ServiceStack declares, once, for types that extend a .NET dictionary. */
const DICTIONARY_BASE = 'class Dictionary {}';

export class Declarations {
  private dictionaryDeclared = false;

  constructor(
    private readonly types: TypeExpressions,
    private readonly initParameters: InitParameters,
    private readonly options: DeclarationOptions,
  ) {}

  of(planned: PlannedDecl): MjsDeclVM {
    return planned.decl.kind === 'enum' ? this.enumVM(planned.name, planned.decl) : this.classVM(planned, planned.decl);
  }

  private classVM(planned: PlannedDecl, decl: ClassDecl): MjsClassVM {
    const before: string[] = [];
    const base = this.baseClass(decl);
    if (base === 'Dictionary' && !this.dictionaryDeclared) {
      this.dictionaryDeclared = true;
      before.push(DICTIONARY_BASE);
    }
    if (this.options.annotate) {
      // The generic parameters are `any` placeholders; ServiceStack splits `<A, B>` at the commas, spaces kept.
      before.push(...decl.genericParams.map((p, i) => `/** @typedef ${i > 0 ? ' ' : ''}${MJS_NAMING.genericParam(p)} {any} */`));
    }

    const body: string[] = [];
    const init = this.options.annotate ? this.initParameters.of(decl) : [];
    if (init.length > 0) body.push(`/** @param {{${blockCommentText(init.join(','))}}} [init] */`);
    // An array or dictionary base takes no argument: `Array(init)` would hold `init` as an element.
    const superCall = base === undefined ? '' : decl.base?.kind === 'named' ? 'super(init); ' : 'super(); ';
    body.push(`constructor(init) { ${superCall}Object.assign(this, init) }`);
    for (const p of planned.properties) body.push(...this.property(p));
    if (planned.request) body.push(...this.requestMethods(decl, planned.request));

    return { partial: 'class', before, signature: `export class ${planned.name}${base ? ` extends ${base}` : ''} {`, body };
  }

  /** The base class without its type arguments: a declared class, `Array` or `Dictionary`. */
  private baseClass(decl: ClassDecl): string | undefined {
    const base = decl.base;
    if (!base) return undefined;
    if (base.kind === 'list') return 'Array';
    if (base.kind === 'dictionary') return 'Dictionary';
    if (base.kind === 'named') return this.types.className(base.id);
    return undefined;
  }

  private property(planned: PlannedProperty): string[] {
    const type = this.types.expr(planned.property.type);
    const field = `${planned.name}${collectionInitializer(planned, type)};`;
    if (!this.options.annotate) return [field];
    const jsDocType = `{${planned.property.type.kind === 'nullable' ? '?' : ''}${type}}`;
    if (planned.description === undefined) return [`/** @type ${jsDocType} */`, field];
    return ['/**', ` * @type ${jsDocType}`, ` * @description ${blockCommentText(multiLineText(planned.description))} */`, field];
  }

  private requestMethods(decl: ClassDecl, request: RequestPlan): string[] {
    const marker = request.marker;
    // Without a marker ServiceStack writes an empty method, spaced as its own template spaces it.
    const createResponse =
      marker === undefined ? 'createResponse () { };' : marker.kind === 'void' ? 'createResponse() { }' : `createResponse() { return ${this.types.emptyResponse(marker.type, true)} }`;
    // The wire name: what the server knows the request by.
    return [`getTypeName() { return '${singleQuotedBody(decl.name)}' }`, `getMethod() { return '${request.method}' }`, createResponse];
  }

  private enumVM(name: string, decl: EnumDecl): MjsEnumVM {
    const numeric = (m: EnumMember) => (m.value !== undefined || decl.isIntEnum) && m.memberValue === undefined;
    const before = this.options.annotate ? [`/** @typedef {${this.enumTypedef(decl, numeric)}} */`] : [];
    const members = decl.members.map((m, i) =>
      numeric(m) ? `${name}[${name}["${m.name}"] = ${m.value ?? i}] = "${m.name}"` : `${name}["${m.name}"] = "${doubleQuotedBody(m.wireName)}"`,
    );
    return { partial: 'enum', before, name, members };
  }

  /** The union of a string enum's values; `number` as soon as one member is a number (or there is none). */
  private enumTypedef(decl: EnumDecl, numeric: (m: EnumMember) => boolean): string {
    if (decl.members.length === 0 || decl.members.some(numeric)) return 'number';
    return blockCommentText(decl.members.map((m) => `'${singleQuotedBody(m.wireName)}'`).join('|'));
  }
}
