// Model → the Python file's view model: every line the templates print, precomputed.

import { attributeText, routeText } from '../../emit/attributes.js';
import { optionsHeader, resolveOptions, type HeaderLines } from '../../emit/header.js';
import { toCamelCase } from '../../model/casing.js';
import { singleLine, singleQuotedBody, textLines } from '../../emit/text.js';
import { filterTypes, parseTypeList } from '../../model/passes/include.js';
import { forEachNamedId } from '../../model/walk.js';
import { orderByDependencies } from '../../model/passes/order.js';
import { operationTypes } from '../../model/passes/select.js';
import type { Attribute, ClassDecl, EnumDecl, MetadataModel, Property, TypeDecl, TypeRef } from '../../model/types.js';
import type { GenerateRequest } from '../target.js';
import { LIBRARY_DTOS, LIBRARY_INTERFACES, PAGE_HIDDEN } from './library.js';
import { classNames, enumMemberName, fieldName } from './names.js';
import { PYTHON_OPTIONS } from './options.js';
import { PYTHON_KEY_TYPES, PYTHON_PRIMITIVES } from './type-map.js';

export interface PyFileVM {
  header: HeaderLines | null;
  imports: string[];
  afterImports: string[];
  declarations: PyDeclVM[];
}

export type PyDeclVM = PyClassVM | PyEnumVM;

export interface PyClassVM {
  partial: 'class';
  /** `T = TypeVar('T')` lines of a generic definition. */
  typeVars: string[];
  /** `# @Route(…)` / `# @Api(…)` lines. */
  comments: string[];
  decorators: string[];
  signature: string;
  doc: string[] | null;
  fields: PyFieldVM[];
  /** Lines of a `response_type()` method, for abstract generic requests. */
  methods: string[];
  isEmpty: boolean;
}

export interface PyFieldVM {
  comments: string[];
  declaration: string;
  doc: string[] | null;
  /** ServiceStack leaves a blank line after a docstring and after attribute comments, except at the end. */
  blankAfterDoc: boolean;
  blankAfterComments: boolean;
}

export interface PyEnumVM {
  partial: 'enum';
  comments: string[];
  signature: string;
  doc: string[] | null;
  members: string[];
}

/** Attributes every generator drops: serialisation details that Python does not use. */
const IGNORED_ATTRIBUTES = new Set(['DataContract', 'DataMember', 'Route']);

export function buildPythonFile(request: GenerateRequest): PyFileVM {
  const { model, operation } = request;
  const options = resolveOptions(PYTHON_OPTIONS, request.overrides);

  const wholeFile = operation === undefined;
  const candidates = operation
    ? operationTypes(model, operation).filter((t) => !LIBRARY_INTERFACES.has(t.id) && !PAGE_HIDDEN.has(t.id))
    : filterTypes(
        model,
        model.types.filter((t) => !LIBRARY_INTERFACES.has(t.id) && !LIBRARY_DTOS.has(t.id)),
        parseTypeList(String(options.get('IncludeTypes') ?? '')),
        parseTypeList(String(options.get('ExcludeTypes') ?? '')),
      );
  const context = new PythonContext(model, {
    wholeFile,
    describe: options.get('AddDescriptionAsComments') !== false,
    addResponseStatus: options.get('AddResponseStatus') === true,
    implicitVersion: versionOption(options.get('AddImplicitVersion')),
    dataClass: String(options.get('DataClass') ?? ''),
    dataClassJson: String(options.get('DataClassJson') ?? ''),
  });
  // Python evaluates base classes at definition time, so implemented interfaces count as dependencies.
  const extraDependencies = new Map(
    candidates.map((t) => [t.id, [...(context.returnMarkers.get(t.id) ?? []), ...(t.kind === 'enum' ? [] : t.implements)]]),
  );
  const ordered = orderByDependencies(model, { types: candidates, extraDependencies });
  context.expect(ordered);
  const view: PyFileVM = {
    header: wholeFile ? insideDocstring(optionsHeader(request, PYTHON_OPTIONS, '#')) : null,
    imports: importLines(String(options.get('DefaultImports') ?? '')),
    afterImports: wholeFile ? ["Object = TypeVar('Object')"] : [],
    declarations: ordered.map((t) => context.declarationVM(t)),
  };
  return view;
}

interface ContextOptions {
  wholeFile: boolean;
  describe: boolean;
  addResponseStatus: boolean;
  implicitVersion?: number;
  dataClass: string;
  dataClassJson: string;
}

class PythonContext {
  private readonly names: Map<string, string>;
  /** Request type id → its IReturn marker (whole files only; metadata pages show none). */
  readonly returnMarkers = new Map<string, TypeRef[]>();
  private readonly voidRequests = new Set<string>();
  private readonly routes = new Map<string, string[]>();
  private readonly responses = new Set<string>();
  private readonly pending = new Set<string>();

  constructor(
    model: MetadataModel,
    private readonly options: ContextOptions,
  ) {
    this.names = classNames(model.types);
    for (const op of model.operations) {
      if (op.response?.kind === 'named') this.responses.add(op.response.id);
      if (!options.wholeFile) continue;
      const marker = op.returnType ?? op.response;
      if (marker) this.returnMarkers.set(op.request, [marker]);
      else if (op.returnsVoid) this.voidRequests.add(op.request);
      this.routes.set(op.request, op.routes.map((r) => `# ${routeText(r)}`));
    }
  }

  /** The declarations still to come, in order: references to them must be quoted. */
  expect(ordered: readonly TypeDecl[]): void {
    for (const t of ordered) this.pending.add(t.id);
  }

  declarationVM(decl: TypeDecl): PyDeclVM {
    const vm = decl.kind === 'enum' ? this.enumVM(decl) : this.classVM(decl);
    this.pending.delete(decl.id);
    return vm;
  }

  classVM(decl: ClassDecl): PyClassVM {
    const isInterface = decl.kind === 'interface';
    const fields = decl.properties.map((p) => this.field(p));
    if (this.options.wholeFile) fields.push(...this.implicitFields(decl));
    fields.forEach((f, i) => {
      if (i === fields.length - 1) f.blankAfterDoc = f.blankAfterComments = false;
    });
    const methods = this.responseTypeMethod(decl);
    return {
      partial: 'class',
      typeVars: decl.genericParams.map((p) => `${p} = TypeVar('${p}')`),
      comments: [...(this.routes.get(decl.id) ?? []), ...this.attributeComments(decl.attributes)],
      decorators: isInterface ? [] : this.decorators(),
      signature: `class ${this.className(decl.id)}${this.bases(decl)}:`,
      doc: this.doc(decl.description),
      fields,
      methods,
      isEmpty: fields.length === 0 && methods.length === 0,
    };
  }

  enumVM(decl: EnumDecl): PyEnumVM {
    const isInt = decl.isIntEnum || decl.members.some((m) => m.value !== undefined);
    return {
      partial: 'enum',
      comments: this.attributeComments(decl.attributes),
      signature: `class ${this.className(decl.id)}(${isInt ? 'IntEnum' : 'str, Enum'}):`,
      doc: this.doc(decl.description),
      members: decl.members.map((m, i) => {
        const value = isInt ? String(m.value ?? i) : `'${singleQuotedBody(m.memberValue ?? m.name)}'`;
        return `${enumMemberName(m.name)} = ${value}`;
      }),
    };
  }

  private decorators(): string[] {
    const json = this.options.dataClassJson || 'letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE';
    return [`@dataclass_json(${singleLine(json)})`, this.options.dataClass ? `@dataclass(${singleLine(this.options.dataClass)})` : '@dataclass'];
  }

  /** `(Generic[T], Base[T], IReturn[Response], IPost)`, or nothing. */
  private bases(decl: ClassDecl): string {
    const bases: string[] = [];
    if (decl.genericParams.length > 0) bases.push(`Generic[${decl.genericParams.join(', ')}]`);
    if (decl.base) bases.push(this.typeExpr(decl.base));
    const isMarker = (i: TypeRef) => i.kind === 'named' && (i.id === 'IReturn`1' || i.id === 'IReturnVoid');
    // The return marker comes right after the base class, whatever order the metadata lists them in.
    const listed = decl.implements.filter((i) => !(i.kind === 'named' && i.id === 'IReturnVoid' && this.voidRequests.has(decl.id)));
    const implemented = [...listed.filter(isMarker), ...listed.filter((i) => !isMarker(i))];
    const marker = this.returnMarkers.get(decl.id)?.[0];
    const declaresMarker = implemented.some(isMarker);
    if (marker && !declaresMarker) bases.push(`IReturn[${this.typeExpr(marker)}]`);
    else if (this.voidRequests.has(decl.id)) bases.push('IReturnVoid');
    for (const i of implemented) bases.push(this.typeExpr(i));
    return bases.length > 0 ? `(${bases.join(', ')})` : '';
  }

  /** Abstract generic requests tell the client their response type at run time. */
  private responseTypeMethod(decl: ClassDecl): string[] {
    const marker = decl.implements.find((i) => i.kind === 'named' && i.id === 'IReturn`1');
    if (!decl.isAbstract || decl.genericParams.length === 0 || marker?.kind !== 'named' || !marker.args[0]) return [];
    return ['@staticmethod', `def response_type(): return ${this.typeExpr(marker.args[0])}`];
  }

  private implicitFields(decl: ClassDecl): PyFieldVM[] {
    const out: PyFieldVM[] = [];
    const has = (name: string) => decl.properties.some((p) => p.name === name);
    if (this.options.addResponseStatus && this.responses.has(decl.id) && !has('ResponseStatus')) {
      out.push(plainField('response_status: Optional[ResponseStatus] = None'));
    }
    if (this.options.implicitVersion !== undefined && this.returnMarkers.has(decl.id) && !has('Version')) {
      out.push(plainField(`version: int = ${this.options.implicitVersion}`));
    }
    return out;
  }

  private field(p: Property): PyFieldVM {
    const { name, escaped } = fieldName(p.name);
    const nullable = p.type.kind === 'nullable';
    const inner = p.type.kind === 'nullable' ? p.type.of : p.type;
    // A field that names a class defined further down (or its own class) has its whole annotation
    // quoted: Python would evaluate it too early, and the servicestack client resolves a quoted
    // annotation but not a quoted name nested inside List[...]. Quoted, containers are spelled
    // list[...]/dict[...]: type checkers read a quoted `List` as marshmallow's `List` field class,
    // which `from marshmallow.fields import *` also brings in.
    const forward = this.mentionsPending(inner);
    const expr = this.typeExpr(inner, { quoteForward: false, builtinContainers: forward });
    const required = p.isRequired || (p.isValueType && !nullable);
    const factory = required && !nullable ? collectionFactory(inner) : undefined;
    const primitiveDefault = required && !nullable && inner.kind === 'primitive' ? PYTHON_PRIMITIVES[inner.name] : undefined;
    const defaultValue = primitiveDefault && 'default' in primitiveDefault ? primitiveDefault.default : undefined;
    const optional = !factory && defaultValue === undefined;
    const bare = optional ? `Optional[${expr}]` : expr;
    const annotation = forward ? `"${bare}"` : bare;

    const wire = escaped ? `metadata=config(field_name='${toCamelCase(p.name)}'), ` : '';
    let declaration: string;
    if (factory) {
      declaration = escaped ? `${name}: ${annotation} = field(${wire}default_factory=${factory})` : `${name}: ${annotation} = field(default_factory=${factory})`;
    } else if (defaultValue !== undefined) {
      declaration = escaped ? `${name}: ${annotation} = field(${wire}default=${defaultValue})` : `${name}: ${annotation} = ${defaultValue}`;
    } else {
      declaration = escaped ? `${name}: ${annotation} = field(${wire}default=None)` : `${name}: ${annotation} = None`;
    }
    const comments = this.attributeComments(p.attributes);
    const doc = this.doc(p.description);
    return { comments, declaration, doc, blankAfterDoc: doc !== null, blankAfterComments: comments.length > 0 };
  }

  private attributeComments(attributes: readonly Attribute[]): string[] {
    return attributes.filter((a) => !IGNORED_ATTRIBUTES.has(a.name)).map((a) => `# ${singleLine(attributeText(a))}`);
  }

  private doc(text: string | undefined): string[] | null {
    if (!this.options.describe || text === undefined || text.trim() === '') return null;
    return textLines(text).map(docstringText);
  }

  private mentionsPending(ref: TypeRef): boolean {
    let found = false;
    forEachNamedId(ref, (id) => {
      found ||= this.pending.has(id);
    });
    return found;
  }

  private className(id: string): string {
    return this.names.get(id) ?? id;
  }

  /**
   * The annotation for `ref`. A reference to the class being defined, or to one defined further
   * down (types that use each other), is quoted (`IReturn["AllTypes"]`): the name does not exist
   * yet while Python evaluates the class statement.
   */
  typeExpr(ref: TypeRef, style: TypeExprStyle = QUOTE_FORWARD): string {
    switch (ref.kind) {
      case 'primitive':
        return PYTHON_PRIMITIVES[ref.name].expr;
      case 'opaque':
        return 'str';
      case 'param':
        return ref.name;
      case 'nullable':
        return `Optional[${this.typeExpr(ref.of, style)}]`;
      case 'list':
        if (ref.container === 'Array' && ref.element.kind === 'primitive' && ref.element.name === 'Byte') return 'bytes';
        return `${style.builtinContainers ? 'list' : 'List'}[${this.typeExpr(ref.element, style)}]`;
      case 'dictionary': {
        const key = this.typeExpr(ref.key, style);
        return `${style.builtinContainers ? 'dict' : 'Dict'}[${PYTHON_KEY_TYPES.has(key) ? key : 'str'}, ${this.typeExpr(ref.value, style)}]`;
      }
      case 'named': {
        const forward = style.quoteForward && this.pending.has(ref.id);
        const name = this.className(ref.id);
        const inner = forward ? { ...style, quoteForward: false } : style;
        const expr = ref.args.length === 0 ? name : `${name}[${ref.args.map((a) => this.typeExpr(a, inner)).join(', ')}]`;
        return forward ? `"${expr}"` : expr;
      }
    }
  }
}

interface TypeExprStyle {
  /** Quote each name of a class not defined yet (in base lists: `IReturn["AllTypes"]`). */
  quoteForward: boolean;
  /** `list[...]`/`dict[...]` rather than typing's `List`/`Dict`. */
  builtinContainers?: boolean;
}

const QUOTE_FORWARD: TypeExprStyle = { quoteForward: true };

/** A docstring line made unable to close the docstring or form an escape sequence. */
function docstringText(line: string): string {
  return line.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"');
}

/** The header sits in a docstring: no value (a BaseUrl from the metadata, an option) may end it. */
function insideDocstring(header: HeaderLines): HeaderLines {
  return { info: header.info.map(docstringText), options: header.options.map(docstringText) };
}

function plainField(declaration: string): PyFieldVM {
  return { comments: [], declaration, doc: null, blankAfterDoc: false, blankAfterComments: false };
}

function collectionFactory(ref: TypeRef): string | undefined {
  if (ref.kind === 'list') return ref.container === 'Array' && ref.element.kind === 'primitive' && ref.element.name === 'Byte' ? 'bytes' : 'list';
  if (ref.kind === 'dictionary') return 'dict';
  return undefined;
}

function versionOption(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** `mod:A/B` → `from mod import A, B`; `mod` → `import mod` (ServiceStack's DefaultImports syntax). */
export function importLines(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z_][\w.]*(:(\*|[A-Za-z_]\w*(\/[A-Za-z_]\w*)*))?$/.test(s))
    .map((s) => {
      const [module, names] = s.split(':');
      return names === undefined ? `import ${module}` : `from ${module} import ${names.split('/').join(', ')}`;
    });
}

