// TypeScript declarations → a ServiceStack metadata document (`{ types, operations }`), which the
// metadata loader turns into the model. Each JSON pointer written is recorded with its source
// line and column. What cannot be mapped is reported where it is written.

import { Node, SyntaxKind, type ClassDeclaration, type EnumDeclaration, type InterfaceDeclaration, type SourceFile, type TypeAliasDeclaration, type TypeNode } from 'ts-morph';
import { diagnostic, formatLocation, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { toCamelCase, toPascalCase } from '../../model/casing.js';
import { isSafeIdentifier } from '../../model/identifiers.js';
import { PRIMITIVE_NAMES, type SourceLocation } from '../../model/types.js';
import type { JsonObject } from '../metadata-json/reader.js';
import { SERVICESTACK_BUILTINS } from '../metadata-json/servicestack-builtins.js';
import { commentAttributes, decoratorAttributes, jsDocText, type SourceArg, type SourceAttribute } from './attributes.js';
import type { LocationMap } from './locations.js';
import { at } from './sources.js';
import { typeText, type DeclaredName, type TypeScope, type TypeText } from './type-text.js';

type Declaration = ClassDeclaration | InterfaceDeclaration | EnumDeclaration | TypeAliasDeclaration;

interface Found {
  node: Declaration;
  name: string;
  namespace?: string;
}

const BUILTIN_IDS: ReadonlyMap<string, JsonObject> = new Map(SERVICESTACK_BUILTINS.map((b) => [String(b.name), b]));
/** Methods ServiceStack's dtos.ts writes on every request: not members. */
const REQUEST_METHODS: ReadonlySet<string> = new Set(['getTypeName', 'getMethod', 'createResponse']);
const PRIMITIVES: ReadonlySet<string> = new Set(PRIMITIVE_NAMES);

export interface BuiltDocument {
  document: JsonObject;
  locations: LocationMap;
  diagnostics: Diagnostic[];
}

export function toDocument(files: readonly SourceFile[], shown: ReadonlyMap<SourceFile, string>): BuiltDocument {
  return new DocumentBuilder(shown).build(files);
}

class DocumentBuilder {
  readonly diagnostics: Diagnostic[] = [];
  readonly locations: LocationMap = new Map();
  private readonly types: JsonObject[] = [];
  private readonly operations: JsonObject[] = [];
  private readonly declared = new Map<string, DeclaredName>();
  private readonly aliases = new Map<string, TypeNode>();
  /** The document's type objects by source name: an operation's response repeats its declaration. */
  private readonly byName = new Map<string, JsonObject>();
  /** Most property names are capitalised (a few library types keep their own names): they are the .NET ones, as they travel. */
  private pascalCase = false;

  constructor(private readonly shown: ReadonlyMap<SourceFile, string>) {}

  build(files: readonly SourceFile[]): BuiltDocument {
    const found: Found[] = [];
    for (const file of files) collect(file.getStatements(), undefined, found);
    const first = new Map<string, Found>();
    const kept: Found[] = [];
    for (const f of found) {
      const name = f.name;
      if (this.isLibraryShape(f.node, name)) continue;
      const other = first.get(name);
      if (other) {
        this.diagnostics.push(diagnostic('duplicate-type', { name, other: formatLocation(this.loc(other.node)) }, this.loc(f.node)));
        continue;
      }
      first.set(name, f);
      if (Node.isTypeAliasDeclaration(f.node) && !declaresType(f.node)) {
        this.aliases.set(name, f.node.getTypeNodeOrThrow());
        continue;
      }
      kept.push(f);
      const arity = Node.isEnumDeclaration(f.node) ? 0 : f.node.getTypeParameters().length;
      this.declared.set(name, { name: dotnetName(name, arity), arity, isEnum: Node.isEnumDeclaration(f.node) || isLiteralUnion(f.node), isInterface: Node.isInterfaceDeclaration(f.node) });
    }
    // Every type object exists before any is filled in: responses repeat declarations further down.
    for (const f of kept) {
      const type: JsonObject = { name: f.name };
      this.byName.set(f.name, type);
      this.types.push(type);
    }
    const names = kept.flatMap((f) => propertyNames(f.node));
    this.pascalCase = names.filter((n) => /^[A-Z]/.test(n)).length * 2 > names.length;
    kept.forEach((f, i) => this.declaration(f, i));
    // A server whose JSON is PascalCase (JsConfig.TextCase) writes its dtos.ts in PascalCase.
    const app = { jsTextCase: this.pascalCase ? 'PascalCase' : 'CamelCase' };
    return { document: { app, api: { types: this.types, operations: this.operations } }, locations: this.locations, diagnostics: this.diagnostics };
  }

  /** Declarations that only help TypeScript: 5.x's Dictionary<T> helper, `type Int64 = number` for a number width. */
  private isLibraryShape(node: Declaration, name: string): boolean {
    if (Node.isClassDeclaration(node) && name === 'Dictionary' && node.getTypeParameters().length === 1 && node.getProperties().length === 0) return true;
    return Node.isTypeAliasDeclaration(node) && PRIMITIVES.has(name);
  }

  private loc(node: Node, pos = node.getStart()): SourceLocation {
    const file = node.getSourceFile();
    return at(file, this.shown.get(file) ?? file.getFilePath(), pos);
  }

  private record(pointer: string, node: Node, pos?: number): void {
    this.locations.set(pointer, this.loc(node, pos));
  }

  private declaration(f: Found, index: number): void {
    const node = f.node;
    const pointer = `/api/types/${index}`;
    const nameNode = node.getNameNode() as Node;
    this.record(pointer, nameNode);
    const attrs = this.attributesOf(node);
    const doc = jsDocText(node);
    const name = this.declared.get(f.name)?.name ?? f.name;
    const builtin = BUILTIN_IDS.has(name) || [...BUILTIN_IDS.keys()].some((id) => id.replace(/`\d+$/, '') === name);
    const namespace = f.namespace ?? (builtin ? 'ServiceStack' : undefined);
    const common: JsonObject = {
      ...(namespace ? { namespace } : {}),
      ...(attrs.description ?? doc.description ? { description: attrs.description ?? doc.description } : {}),
      ...(attrs.notes ?? doc.notes ? { notes: attrs.notes ?? doc.notes } : {}),
      ...(attrs.dataContract ? { dataContract: attrs.dataContract } : {}),
    };
    const type = this.byName.get(f.name) as JsonObject;
    Object.assign(type, { name }, common);
    type.attributes = this.attributeJson(attrs.kept, `${pointer}/attributes`, node);

    if (Node.isEnumDeclaration(node)) return this.enumBody(type, node, pointer);
    if (Node.isTypeAliasDeclaration(node) && isLiteralUnion(node)) return this.unionEnumBody(type, node, pointer);

    const params = node.getTypeParameters().map((p) => p.getName());
    if (params.length > 0) Object.assign(type, { name: `${name}\`${params.length}`, genericArgs: params, isGenericTypeDef: true });
    const scope: TypeScope = { params: new Set(params), declared: this.declared, aliases: this.aliases };
    if (Node.isInterfaceDeclaration(node)) type.isInterface = true;
    if (Node.isClassDeclaration(node) && node.isAbstract()) type.isAbstract = true;

    const heritage = this.heritage(node, scope, pointer);
    Object.assign(type, heritage.fields);
    type.properties = this.properties(node, scope, pointer);
    // dtos.ts gives every request getTypeName() (5.x: getMethod() alone), even one that declares no response.
    const isRequest =
      heritage.marker !== undefined || attrs.routes.length > 0 || (Node.isClassDeclaration(node) && (node.getMethod('getTypeName') !== undefined || node.getMethod('getMethod') !== undefined));
    if (!isRequest) return;
    const opPointer = `/api/operations/${this.operations.length}`;
    this.record(opPointer, nameNode);
    const routes = attrs.routes.map((r, i) => {
      this.record(`${opPointer}/routes/${i}`, node, r.pos);
      return r.json;
    });
    const method = Node.isClassDeclaration(node) ? literalMethod(node) : undefined;
    this.operations.push({
      request: type,
      ...(heritage.marker?.kind === 'type' ? { returnType: heritage.marker.returnType, ...(heritage.marker.response ? { response: heritage.marker.response } : {}) } : {}),
      returnsVoid: heritage.marker?.kind === 'void',
      actions: ['ANY'],
      ...(method ? { method } : {}),
      routes,
      tags: attrs.tags,
    });
  }

  private heritage(node: ClassDeclaration | InterfaceDeclaration | TypeAliasDeclaration, scope: TypeScope, pointer: string) {
    const fields: JsonObject = {};
    const implemented: JsonObject[] = [];
    let marker: { kind: 'void' } | { kind: 'type'; returnType: JsonObject; response?: JsonObject } | undefined;
    if (Node.isTypeAliasDeclaration(node)) return { fields, marker };
    const clauses = Node.isClassDeclaration(node)
      ? [...(node.getExtends() ? [{ ref: node.getExtends()!, base: true }] : []), ...node.getImplements().map((ref) => ({ ref, base: false }))]
      : node.getExtends().map((ref) => ({ ref, base: false }));
    for (const { ref, base } of clauses) {
      const expression = ref.getExpression().getText().replace(/^.*\./, '');
      const args = ref.getTypeArguments();
      if (expression === 'IReturnVoid') {
        marker = { kind: 'void' };
        continue;
      }
      if (expression === 'IReturn' && args.length === 1) {
        marker = this.returnMarker(args[0]!, scope);
        continue;
      }
      const text = this.heritageText(expression, args, scope, ref);
      if (text === undefined) continue;
      // An interface extends interfaces; a declared class among them is its base, as ServiceStack writes it.
      const isBase = base || (!Node.isClassDeclaration(node) && fields.inherits === undefined && this.isDeclaredClass(expression));
      if (isBase) {
        this.record(`${pointer}/inherits`, ref);
        fields.inherits = { name: text };
      } else {
        this.record(`${pointer}/implements/${implemented.length}`, ref);
        implemented.push({ name: text });
      }
    }
    if (implemented.length > 0) fields.implements = implemented;
    return { fields, marker };
  }

  private isDeclaredClass(name: string): boolean {
    const d = this.declared.get(name);
    return d !== undefined && !d.isEnum && !d.isInterface;
  }

  /** `extends Array<T>` is a list base, `extends Dictionary<T>` (ServiceStack 5.x) a dictionary. */
  private heritageText(expression: string, args: readonly TypeNode[], scope: TypeScope, node: Node): string | undefined {
    const texts: string[] = [];
    for (const a of args) {
      const t = this.typeOrWarn(typeText(a, scope), 'the base type');
      if (t === undefined) return undefined;
      texts.push(t.text);
    }
    if (expression === 'Array' && texts.length === 1) return `List<${texts[0]}>`;
    if (expression === 'Dictionary' && texts.length === 1) return `Dictionary<String,${texts[0]}>`;
    const declaredName = this.declared.get(expression)?.name ?? expression;
    if (!isSafeIdentifier(expression)) {
      this.diagnostics.push(diagnostic('typescript-unsupported', { construct: 'a computed base type', what: 'it is' }, this.loc(node)));
      return undefined;
    }
    return texts.length > 0 ? `${declaredName}<${texts.join(',')}>` : declaredName;
  }

  private returnMarker(arg: TypeNode, scope: TypeScope): { kind: 'type'; returnType: JsonObject; response?: JsonObject } | undefined {
    const t = this.typeOrWarn(typeText(arg, scope), 'the IReturn<T> response');
    if (!t) return undefined;
    const reference = Node.isTypeReference(arg) ? arg.getTypeName().getText().replace(/^.*\./, '') : undefined;
    const args = Node.isTypeReference(arg) ? arg.getTypeArguments() : [];
    const declaredHere = reference !== undefined && this.declared.has(reference);
    const stem = reference === undefined ? undefined : this.declared.get(reference)?.name ?? reference;
    const id = args.length > 0 ? `${stem}\`${args.length}` : stem;
    if (!declaredHere && !(id !== undefined && args.length > 0 && BUILTIN_IDS.has(id))) {
      // A system type (string, string[], Blob…), or a name the loader reports as undescribed.
      const system = reference === undefined || !/^[A-Z]/.test(t.text) || /^(List|Dictionary|HashSet)</.test(t.text) || PRIMITIVES.has(t.text);
      return { kind: 'type', returnType: { name: t.text, ...(system ? { namespace: 'System' } : {}) } };
    }
    const genericArgs = args.map((a) => typeText(a, scope)).flatMap((a) => (a.ok ? [a.text] : []));
    const declaration = this.byName.get(reference as string);
    // A plain response repeats its declaration; a generic one is closed over its arguments.
    const response: JsonObject =
      args.length === 0 && declaration ? declaration : { name: id, ...(declaration?.namespace ? { namespace: declaration.namespace } : {}), genericArgs };
    return { kind: 'type', returnType: { name: t.text }, response };
  }

  private typeOrWarn(t: TypeText, what: string): Extract<TypeText, { ok: true }> | undefined {
    if (t.ok) return t;
    this.diagnostics.push(diagnostic('typescript-unsupported', { construct: t.construct, what }, this.loc(t.node)));
    return undefined;
  }

  private properties(node: ClassDeclaration | InterfaceDeclaration | TypeAliasDeclaration, scope: TypeScope, pointer: string): JsonObject[] {
    const members: Node[] = Node.isTypeAliasDeclaration(node)
      ? (node.getTypeNodeOrThrow() as Node).asKindOrThrow(SyntaxKind.TypeLiteral).getMembers()
      : node.getMembers();
    const out: JsonObject[] = [];
    for (const m of members) {
      if (Node.isConstructorDeclaration(m) || (Node.isMethodDeclaration(m) && REQUEST_METHODS.has(m.getName()))) continue;
      if (Node.isMethodSignature(m) && REQUEST_METHODS.has(m.getName())) continue;
      if (Node.isPropertyDeclaration(m) && m.isStatic()) continue;
      if (!Node.isPropertyDeclaration(m) && !Node.isPropertySignature(m)) {
        const construct = Node.isMethodDeclaration(m) || Node.isMethodSignature(m) ? 'a method' : Node.isIndexSignatureDeclaration(m) ? 'an index signature' : 'a member of this kind';
        this.diagnostics.push(diagnostic('typescript-unsupported', { construct, what: 'it is' }, this.loc(m)));
        continue;
      }
      const property = this.property(m, scope, `${pointer}/properties/${out.length}`);
      if (property) out.push(property);
    }
    return out;
  }

  private property(m: Node & { getName(): string; hasQuestionToken(): boolean; getTypeNode(): TypeNode | undefined }, scope: TypeScope, pointer: string): JsonObject | undefined {
    const attrs = this.attributesOf(m);
    if (attrs.ignored) return undefined;
    // A quoted name ('first name') is checked, unquoted, as any other name.
    const tsName = m.getName().replace(/^(['"])(.*)\1$/, '$2');
    const typeNode = m.getTypeNode();
    if (!typeNode) {
      this.diagnostics.push(diagnostic('typescript-unsupported', { construct: 'a property without a type annotation', what: `property '${tsName}'` }, this.loc(m)));
      return undefined;
    }
    const t = this.typeOrWarn(typeText(typeNode, scope), `property '${tsName}'`);
    if (!t) return undefined;
    this.record(pointer, m);
    const nullable = t.nullable || m.hasQuestionToken();
    // dtos.ts spells names in the server's camelCase: the .NET name is its PascalCase, when that
    // spells the same name on the wire.
    const pascal = toPascalCase(tsName);
    const name = this.pascalCase || !isSafeIdentifier(tsName) || toCamelCase(pascal) !== tsName ? tsName : pascal;
    const declared = this.declared.get(t.text);
    const doc = jsDocText(m);
    const description = attrs.description ?? doc.description;
    const readOnly = Node.isPropertyDeclaration(m) || Node.isPropertySignature(m) ? m.isReadonly() : false;
    return {
      name,
      type: nullable ? `Nullable<${t.text}>` : t.text,
      ...(t.isValueType || (nullable && t.isValueType) ? { isValueType: true } : {}),
      ...(declared?.isEnum ? { isEnum: true, isValueType: true } : {}),
      // ServiceStack initialises required collections (`= []`, `= {}`): the initialiser says it was one.
      ...(attrs.required || hasEmptyInitializer(m) ? { isRequired: true } : {}),
      ...(readOnly ? { readOnly: true } : {}),
      ...(description ? { description } : {}),
      ...(attrs.dataMember ? { dataMember: attrs.dataMember } : {}),
      ...(attrs.paramType ? { paramType: attrs.paramType } : {}),
      attributes: this.attributeJson(attrs.kept, `${pointer}/attributes`, m),
    };
  }

  private enumBody(type: JsonObject, node: EnumDeclaration, pointer: string): void {
    const names: string[] = [];
    const values: string[] = [];
    const memberValues: string[] = [];
    const descriptions: string[] = [];
    let numeric = false;
    node.getMembers().forEach((m, i) => {
      this.record(`${pointer}/enumNames/${i}`, m);
      names.push(m.getName());
      const attrs = this.attributesOf(m);
      const init = m.getInitializer();
      const value = init && (Node.isStringLiteral(init) || Node.isNoSubstitutionTemplateLiteral(init)) ? init.getLiteralValue() : undefined;
      if (init && value === undefined) {
        const number = m.getValue();
        if (typeof number === 'number' && Number.isInteger(number)) {
          numeric = true;
          values.push(String(number));
        } else this.diagnostics.push(diagnostic('typescript-unsupported-type', { construct: 'an enum member that is not a literal', name: String(type.name) }, this.loc(m)));
      } else if (!init && numeric) values.push(String(m.getValue()));
      memberValues.push(attrs.enumValue ?? value ?? m.getName());
      descriptions.push(attrs.description ?? jsDocText(m).description ?? '');
    });
    Object.assign(type, { isEnum: true, enumNames: names, enumMemberValues: memberValues });
    if (numeric) Object.assign(type, { isEnumInt: true, enumValues: values });
    if (descriptions.some((d) => d !== '')) type.enumDescriptions = descriptions;
  }

  /** `type Status = 'open' | 'closed'`: a string enum, each member named after its value. */
  private unionEnumBody(type: JsonObject, node: TypeAliasDeclaration, pointer: string): void {
    const literals = node.getTypeNodeOrThrow().asKindOrThrow(SyntaxKind.UnionType).getTypeNodes();
    const names: string[] = [];
    const memberValues: string[] = [];
    literals.forEach((l, i) => {
      this.record(`${pointer}/enumNames/${i}`, l);
      const value = String(l.asKindOrThrow(SyntaxKind.LiteralType).getLiteral().getText()).slice(1, -1);
      names.push(isSafeIdentifier(value) ? value : value.split(/[^A-Za-z0-9]+/).filter((w) => w !== '').map(toPascalCase).join('') || value);
      memberValues.push(value);
    });
    Object.assign(type, { isEnum: true, enumNames: names, enumMemberValues: memberValues });
  }

  private attributesOf(node: Node) {
    // TypeScript takes no decorator on an enum, but parses one (`@flags() export enum …`) as a modifier.
    const written = Node.isDecoratable(node) ? node.getDecorators() : Node.isEnumDeclaration(node) ? node.getModifiers().flatMap((m: Node) => (Node.isDecorator(m) ? [m] : [])) : [];
    const decorators = decoratorAttributes(written);
    return readAttributes([...commentAttributes(node), ...decorators]);
  }

  private attributeJson(attributes: readonly SourceAttribute[], pointer: string, node: Node): JsonObject[] {
    return attributes.map((a, i) => {
      this.record(`${pointer}/${i}`, node, a.pos);
      const positional = a.args.filter((x) => x.name === undefined).map((x) => ({ type: x.type, value: x.value }));
      const named = a.args.filter((x) => x.name !== undefined);
      return { name: a.name, ...(positional.length ? { constructorArgs: positional } : {}), ...(named.length ? { args: named } : {}) };
    });
  }
}

/** Declarations at the top level and inside `namespace X { }` blocks (their namespace). */
function collect(statements: readonly Node[], namespace: string | undefined, out: Found[]): void {
  for (const s of statements) {
    if (Node.isClassDeclaration(s) || Node.isInterfaceDeclaration(s) || Node.isEnumDeclaration(s) || Node.isTypeAliasDeclaration(s)) {
      const name = s.getName();
      if (name !== undefined) out.push({ node: s as Declaration, name, ...(namespace ? { namespace } : {}) });
    } else if (Node.isModuleDeclaration(s) && !/^['"]/.test(s.getName())) {
      const name = s.getName();
      collect(s.getStatements(), namespace ? `${namespace}.${name}` : name, out);
    }
  }
}

/**
 * TypeScript cannot declare two classes of one name, so dtos.ts numbers ServiceStack's generic
 * pairs (`QueryDb_1<T>`, `QueryDb_2<From, Into>`): those are `QueryDb` again.
 */
function dotnetName(name: string, arity: number): string {
  const numbered = /^(.+)_(\d+)$/.exec(name);
  return numbered && Number(numbered[2]) === arity && BUILTIN_IDS.has(`${numbered[1]}\`${arity}`) ? (numbered[1] as string) : name;
}

function propertyNames(node: Declaration): string[] {
  if (Node.isClassDeclaration(node)) return node.getProperties().filter((p) => !p.isStatic()).map((p) => p.getName());
  if (Node.isInterfaceDeclaration(node)) return node.getProperties().map((p) => p.getName());
  return [];
}

/** A type alias that is a declaration: of an object type, or a union of string literals. */
function declaresType(node: TypeAliasDeclaration): boolean {
  return node.getTypeNode()?.getKind() === SyntaxKind.TypeLiteral && !isDictionaryLiteral(node.getTypeNodeOrThrow()) || isLiteralUnion(node);
}

function isDictionaryLiteral(node: TypeNode): boolean {
  return Node.isTypeLiteral(node) && node.getMembers().length === 1 && node.getIndexSignatures().length === 1;
}

function isLiteralUnion(node: Declaration): boolean {
  if (!Node.isTypeAliasDeclaration(node)) return false;
  const type = node.getTypeNode();
  return Node.isUnionTypeNode(type) && type.getTypeNodes().every((t) => Node.isLiteralTypeNode(t) && Node.isStringLiteral(t.getLiteral()));
}

function hasEmptyInitializer(m: Node): boolean {
  const init = Node.isPropertyDeclaration(m) ? m.getInitializer() : undefined;
  return init !== undefined && /^(\[\]|\{\})$/.test(init.getText());
}

/** `public getMethod() { return 'POST'; }`, as ServiceStack writes a request's verb. */
function literalMethod(node: ClassDeclaration): string | undefined {
  const body = node.getMethod('getMethod')?.getBodyText() ?? '';
  return /^return\s+['"]([A-Za-z]+)['"];?$/.exec(body.trim())?.[1]?.toUpperCase();
}

interface ReadAttributes {
  kept: SourceAttribute[];
  routes: { json: JsonObject; pos: number }[];
  tags: string[];
  dataContract?: JsonObject;
  dataMember?: JsonObject;
  description?: string;
  notes?: string;
  required: boolean;
  ignored: boolean;
  paramType?: string;
  enumValue?: string;
}

/** Attributes that carry model facts are read into them; the others are kept as attributes. */
function readAttributes(attributes: readonly SourceAttribute[]): ReadAttributes {
  const out: ReadAttributes = { kept: [], routes: [], tags: [], required: false, ignored: false };
  const arg = (a: SourceAttribute, name: string, position?: number): SourceArg | undefined =>
    a.args.find((x) => x.name?.toLowerCase() === name.toLowerCase()) ?? (position === undefined ? undefined : a.args.filter((x) => x.name === undefined)[position]);
  for (const a of attributes) {
    switch (a.name) {
      case 'Route': {
        const path = arg(a, 'Path', 0)?.value;
        const verbs = arg(a, 'Verbs', 1)?.value;
        const summary = arg(a, 'Summary')?.value;
        const notes = arg(a, 'Notes')?.value;
        if (path !== undefined) out.routes.push({ json: { path, ...(verbs ? { verbs } : {}), ...(summary ? { summary } : {}), ...(notes ? { notes } : {}) }, pos: a.pos });
        break;
      }
      case 'DataContract':
        out.dataContract = Object.fromEntries(a.args.filter((x) => x.name).map((x) => [camel(x.name as string), x.value]));
        break;
      case 'DataMember':
        out.dataMember = Object.fromEntries(
          a.args.filter((x) => x.name).map((x) => [camel(x.name as string), x.type === 'Int32' ? Number(x.value) : x.type === 'Boolean' ? x.value === 'true' : x.value]),
        );
        break;
      case 'Description':
        out.description = arg(a, 'Description', 0)?.value;
        break;
      case 'Notes':
        out.notes = arg(a, 'Notes', 0)?.value;
        break;
      case 'Tag':
        out.tags.push(...a.args.filter((x) => x.name === undefined).map((x) => x.value));
        break;
      case 'Ignore':
      case 'IgnoreDataMember':
        out.ignored = true;
        break;
      case 'EnumMember':
        out.enumValue = arg(a, 'Value', 0)?.value;
        break;
      default:
        if (a.name === 'Required' || (a.name === 'ApiMember' && arg(a, 'IsRequired')?.value === 'true')) out.required = true;
        if (a.name === 'ApiMember' && arg(a, 'ParameterType')) out.paramType = arg(a, 'ParameterType')?.value;
        out.kept.push(a);
    }
  }
  return out;
}

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
