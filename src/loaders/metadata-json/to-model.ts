// A ServiceStack metadata document (AppMetadata from /metadata/app.json, or MetadataTypes from
// /types/metadata) → the metadata model.

import { diagnostic, quote, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { validateModel } from '../../model/validate.js';
import type { MetadataModel, Operation, Route, ServiceInfo, TextCase, TypeDecl, TypeRef } from '../../model/types.js';
import { DeclarationReader } from './declarations.js';
import { describe, JsonReader, type JsonObject } from './reader.js';
import { arityOfId, BUILTIN_FILE, TypeRegistry, type TypeEntry } from './registry.js';
import { TypeResolver } from './resolve.js';
import { parseTypeName } from './type-name.js';

export interface ModelResult {
  model?: MetadataModel;
  diagnostics: Diagnostic[];
}

const TEXT_CASES: readonly TextCase[] = ['CamelCase', 'PascalCase', 'SnakeCase', 'Default'];
const NO_SCOPE: ReadonlySet<string> = new Set();

export function metadataToModel(document: unknown, file: string): ModelResult {
  const reader = new JsonReader(file);
  const root = reader.isObject(document) ? document : undefined;
  const shape = root && documentShape(reader, root);
  if (!root || !shape) {
    const found = describe(document);
    reader.problem(
      diagnostic(
        'invalid-shape',
        { expected: "ServiceStack metadata: an object with 'api' (/metadata/app.json) or 'types' and 'operations' (/types/metadata)", found },
        reader.at(''),
      ),
    );
    return { diagnostics: reader.diagnostics };
  }
  const { api, apiPointer, service } = shape;
  const loader = new DocumentLoader(reader, service.textCase);
  const model = loader.load(api, apiPointer, service);
  const diagnostics = [...reader.diagnostics, ...loader.builtinReader.diagnostics];
  if (model) diagnostics.push(...validateModel(model));
  return { model, diagnostics };
}

interface DocumentShape {
  api: JsonObject;
  apiPointer: string;
  service: ServiceInfo;
}

function documentShape(r: JsonReader, root: JsonObject): DocumentShape | undefined {
  const apiField = r.field(root, '', 'api');
  if (apiField.value !== undefined) {
    const api = r.expectObject(apiField.value, apiField.pointer, 'the MetadataTypes object');
    if (!api) return undefined;
    const app = r.optionalObject(root, '', 'app');
    return { api, apiPointer: apiField.pointer, service: app ? serviceInfo(r, app.value, app.pointer) : { textCase: 'CamelCase' } };
  }
  if (r.field(root, '', 'types').value === undefined && r.field(root, '', 'operations').value === undefined) return undefined;
  const config = r.optionalObject(root, '', 'config');
  const baseUrl = config && r.string(config.value, config.pointer, 'baseUrl');
  return { api: root, apiPointer: '', service: { ...(baseUrl ? { baseUrl } : {}), textCase: 'CamelCase' } };
}

function serviceInfo(r: JsonReader, app: JsonObject, pointer: string): ServiceInfo {
  const name = r.string(app, pointer, 'serviceName');
  const baseUrl = r.string(app, pointer, 'baseUrl');
  const version = r.string(app, pointer, 'serviceStackVersion');
  const textCase = r.string(app, pointer, 'jsTextCase');
  return {
    ...(name ? { name } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(version ? { version } : {}),
    textCase: TEXT_CASES.find((c) => c === textCase) ?? 'CamelCase',
  };
}

class DocumentLoader {
  private readonly registry: TypeRegistry;
  private readonly declarations: DeclarationReader;
  /** Built-in definitions are read with a reader of their own, so their locations name them. */
  readonly builtinReader = new JsonReader(BUILTIN_FILE);
  private readonly builtinDeclarations: DeclarationReader;

  constructor(
    private readonly reader: JsonReader,
    textCase: TextCase,
  ) {
    this.registry = new TypeRegistry(reader);
    this.declarations = new DeclarationReader(reader, new TypeResolver(reader, this.registry), textCase);
    this.builtinDeclarations = new DeclarationReader(this.builtinReader, new TypeResolver(this.builtinReader, this.registry), textCase);
  }

  load(api: JsonObject, pointer: string, service: ServiceInfo): MetadataModel | undefined {
    const r = this.reader;
    const namespaces = r.strings(api, pointer, 'namespaces');
    const types = r.objects(api, pointer, 'types');
    const operations = r.objects(api, pointer, 'operations');

    for (const t of types) this.register(t.value, t.pointer, false);
    // Operations embed their request and response types, often repeating ones declared in `types`.
    const embedded = operations.flatMap((op) =>
      ['request', 'response'].flatMap((key) => {
        const field = key === 'request' ? r.object(op.value, op.pointer, key) : r.optionalObject(op.value, op.pointer, key);
        return field ? [field] : [];
      }),
    );
    // Non-generic ones first, so that deciding whether a generic copy is closed knows every name.
    // A system type as a response (String, Byte[], Stream, Task<T>) is the library's: never declared.
    const declarable = embedded.filter((e) => !isSystemNamespace(e.value));
    for (const e of declarable) if (!isGenericName(e.value)) this.register(e.value, e.pointer, true);
    for (const e of declarable) if (isGenericName(e.value)) this.registerGenericCopy(e.value, e.pointer);

    // Operations first: a response closed over a built-in generic (QueryResponse<Todo>) registers
    // the built-in definition, which the conversion below must then declare.
    const ops = operations.flatMap((op) => this.operation(op.value, op.pointer) ?? []);
    const decls: TypeDecl[] = [];
    // Conversion may pull in built-in definitions, which extends `entries` while we walk it.
    for (let i = 0; i < this.registry.entries.length; i++) {
      const decl = this.convert(this.registry.entries[i] as TypeEntry);
      if (decl) decls.push(decl);
    }
    return { service, namespaces, types: decls, operations: ops };
  }

  private register(raw: JsonObject, pointer: string, mayRepeat: boolean): void {
    const name = this.reader.requiredString(raw, pointer, 'name');
    if (name === undefined || !this.validTypeName(name, pointer)) return;
    this.registry.add(name, raw, pointer, mayRepeat);
  }

  /**
   * A generic type embedded in an operation is either its definition (`QueryResponse`1` over `T`)
   * or a copy closed over concrete types (`QueryResponse`1` over `Todo`), which declares nothing.
   */
  private registerGenericCopy(raw: JsonObject, pointer: string): void {
    const name = this.reader.requiredString(raw, pointer, 'name');
    if (name === undefined || !this.validTypeName(name, pointer)) return;
    if (this.registry.has(name) || this.isClosed(raw) && this.registry.isBuiltinId(name)) {
      if (this.registry.has(name) && !this.isClosed(raw)) this.registry.add(name, raw, pointer, true);
      return;
    }
    this.registry.add(name, raw, pointer, true);
  }

  private validTypeName(name: string, pointer: string): boolean {
    const parsed = parseTypeName(name);
    if (!parsed.ok && parsed.overLimit) {
      this.reader.problem(diagnostic('bad-type-name', { text: name, reason: parsed.reason }, this.reader.at(`${pointer}/name`)));
      return false;
    }
    const simple = parsed.ok && parsed.syntax.args.length === 0 && parsed.syntax.arrayRank === 0 && !parsed.syntax.nullable;
    if (simple && /^[A-Za-z_][A-Za-z0-9_]*(`\d+)?$/.test(name)) return true;
    this.reader.problem(diagnostic('unsafe-identifier', { what: 'type name', name }, this.reader.at(`${pointer}/name`)));
    return false;
  }

  /** Its generic arguments name types rather than type parameters. */
  private isClosed(raw: JsonObject): boolean {
    if (raw.isGenericTypeDef === true) return false;
    const args = Array.isArray(raw.genericArgs) ? raw.genericArgs : [];
    return args.some((a) => typeof a !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a) || this.registry.has(a) || isSystemName(a));
  }

  private convert(entry: TypeEntry): TypeDecl | undefined {
    const reader = entry.isBuiltin ? this.builtinDeclarations : this.declarations;
    const arity = arityOfId(entry.id);
    const declared = Array.isArray(entry.raw.genericArgs) ? entry.raw.genericArgs.filter((a): a is string => typeof a === 'string') : [];
    // A definition known only from a closed copy keeps its arity with conventional parameter names.
    const params = arity === 0 ? [] : declared.length === arity && !this.isClosed(entry.raw) ? declared : defaultParams(arity);
    return reader.declaration(entry.id, entry.raw, entry.pointer, params, entry.isBuiltin);
  }

  private operation(op: JsonObject, pointer: string): Operation | undefined {
    const r = this.reader;
    const requestField = r.field(op, pointer, 'request');
    if (!r.isObject(requestField.value)) return undefined; // reported while registering
    const name = r.string(requestField.value, requestField.pointer, 'name');
    if (name === undefined || !this.registry.has(name)) return undefined;

    // An async service (`Task<T>`) declares no response, as ServiceStack's generators read it.
    const returnTypeField = r.optionalObject(op, pointer, 'returnType');
    const returnType =
      returnTypeField && !isTask(returnTypeField.value) ? this.declarations.typeName(returnTypeField.value, returnTypeField.pointer, NO_SCOPE) : undefined;
    const responseField = r.optionalObject(op, pointer, 'response');
    const response = responseField && this.responseRef(responseField.value, responseField.pointer, returnType);
    const method = r.string(op, pointer, 'method');
    const description = r.string(requestField.value, requestField.pointer, 'description');
    return {
      name,
      request: name,
      ...(response ? { response } : {}),
      ...(returnType ? { returnType } : {}),
      returnsVoid: r.flag(op, pointer, 'returnsVoid'),
      actions: r.strings(op, pointer, 'actions').map((a) => a.toUpperCase()),
      ...(method ? { method: method.toUpperCase() } : {}),
      routes: r.objects(op, pointer, 'routes').flatMap((route) => this.route(route.value, route.pointer) ?? []),
      tags: r.strings(op, pointer, 'tags'),
      ...(description ? { description } : {}),
      auth: {
        requiresAuth: r.flag(op, pointer, 'requiresAuth'),
        requiresApiKey: r.flag(op, pointer, 'requiresApiKey'),
        requiredRoles: r.strings(op, pointer, 'requiredRoles'),
        requiresAnyRole: r.strings(op, pointer, 'requiresAnyRole'),
        requiredPermissions: r.strings(op, pointer, 'requiredPermissions'),
        requiresAnyPermission: r.strings(op, pointer, 'requiresAnyPermission'),
      },
      source: r.at(pointer),
    };
  }

  /** The response as a reference: closed over the return marker's arguments when it names the same type. */
  private responseRef(response: JsonObject, pointer: string, returnType: TypeRef | undefined): TypeRef | undefined {
    if (isTask(response)) return undefined;
    if (isSystemNamespace(response)) return this.declarations.typeName(response, pointer, NO_SCOPE);
    const name = this.reader.string(response, pointer, 'name');
    if (name === undefined || !this.registry.has(name)) return undefined;
    if (returnType?.kind === 'named' && returnType.id === name) return returnType;
    if (arityOfId(name) === 0) return { kind: 'named', id: name, args: [] };
    if (this.isClosed(response)) return this.declarations.typeName(response, pointer, NO_SCOPE);
    return { kind: 'named', id: name, args: defaultParams(arityOfId(name)).map(() => ({ kind: 'primitive', name: 'Object' })) };
  }

  private route(route: JsonObject, pointer: string): Route | undefined {
    const r = this.reader;
    const path = r.requiredString(route, pointer, 'path');
    if (path === undefined) return undefined;
    const verbsText = r.string(route, pointer, 'verbs') ?? '';
    const verbs = verbsText.split(',').map((v) => v.trim().toUpperCase()).filter((v) => v !== '' && v !== '*' && v !== 'ANY');
    const bad = verbs.find((v) => !/^[A-Z]+$/.test(v));
    if (bad !== undefined) {
      r.problem(diagnostic('invalid-shape', { expected: 'HTTP verbs such as "GET,POST"', found: quote(verbsText) }, r.at(`${pointer}/verbs`)));
      return undefined;
    }
    const summary = r.string(route, pointer, 'summary');
    const notes = r.string(route, pointer, 'notes');
    return { path, verbs, ...(summary ? { summary } : {}), ...(notes ? { notes } : {}), source: r.at(pointer) };
  }
}

function isGenericName(raw: JsonObject): boolean {
  return typeof raw.name === 'string' && raw.name.includes('`');
}

/** `System`, `System.IO`, `System.Threading.Tasks`…: .NET's own types, which no output declares. */
function isSystemNamespace(raw: JsonObject): boolean {
  return typeof raw.namespace === 'string' && /^System(\.|$)/.test(raw.namespace);
}

/** `Task`, `Task`1`, `ValueTask`1` of System.Threading.Tasks: the response of an async service. */
function isTask(raw: JsonObject): boolean {
  return raw.namespace === 'System.Threading.Tasks' && typeof raw.name === 'string' && /^(Value)?Task(`\d+)?$/.test(raw.name);
}

function isSystemName(name: string): boolean {
  return /^(String|Boolean|Char|S?Byte|U?Int(16|32|64)|Single|Double|Decimal|DateTime(Offset)?|DateOnly|TimeSpan|TimeOnly|Guid|Uri|Object)$/.test(name);
}

function defaultParams(arity: number): string[] {
  return arity === 1 ? ['T'] : Array.from({ length: arity }, (_, i) => `T${i + 1}`);
}
