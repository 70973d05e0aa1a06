// Model → the Python file's view model: every line the templates print, precomputed.

import { attributeText, routeText, UNQUOTED_SYMBOLS } from '../../emit/attributes.js';
import { headerLines, type HeaderLines } from '../../emit/header.js';
import { singleLine, singleQuotedBody, textLines } from '../../emit/text.js';
import { forEachNamedId } from '../../model/walk.js';
import type { Attribute, ClassDecl, EnumDecl, TypeRef } from '../../model/types.js';
import type { DtoPlan, PlannedDecl, PlannedProperty } from '../../plan/plan.js';
import { listItems } from '../../plan/option-grammars.js';
import { isBytes, valueTypeName } from '../../plan/type-syntax.js';
import type { ReturnMarker } from '../../plan/requests.js';
import { enumMemberName, fieldName, lettercaseCamel, PYTHON_NAMING } from './names.js';
import { PYTHON_KEY_TYPES, PYTHON_PRIMITIVES } from './type-map.js';

export interface PyFileVM {
  header: HeaderLines | null;
  imports: string[];
  afterImports: string[];
  /** GlobalNamespace, written as a `# module` comment after the imports (P4). */
  module: string | null;
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

export function buildPythonFile(plan: DtoPlan): PyFileVM {
  const { options } = plan;
  const context = new PythonContext(plan, {
    dataClass: options.text('DataClass'),
    dataClassJson: options.text('DataClassJson'),
    exportValueTypes: options.flag('ExportValueTypes'),
    allOptional: options.flag('MakePropertiesOptional'),
  });
  return {
    header: plan.header ? headerLines(plan.header, '#', docstringText) : null,
    imports: importLines(options.text('DefaultImports')),
    afterImports: plan.wholeFile ? ["Object = TypeVar('Object')"] : [],
    module: options.text('GlobalNamespace') || null,
    declarations: plan.declarations.map((d) => context.declarationVM(d)),
  };
}

interface ContextOptions {
  dataClass: string;
  dataClassJson: string;
  exportValueTypes: boolean;
  /** MakePropertiesOptional: every field not started empty is `Optional[T] = None`. */
  allOptional: boolean;
}

class PythonContext {
  /** The declarations still to come, in order: references to them must be quoted. */
  private readonly pending = new Set<string>();

  constructor(
    private readonly plan: DtoPlan,
    private readonly options: ContextOptions,
  ) {
    for (const d of plan.declarations) this.pending.add(d.decl.id);
  }

  declarationVM(planned: PlannedDecl): PyDeclVM {
    const vm = planned.decl.kind === 'enum' ? this.enumVM(planned, planned.decl) : this.classVM(planned, planned.decl);
    this.pending.delete(planned.decl.id);
    return vm;
  }

  classVM(planned: PlannedDecl, decl: ClassDecl): PyClassVM {
    const isInterface = decl.kind === 'interface';
    const fields = [
      ...(planned.implicitVersion !== undefined ? [plainField(`version: int = ${planned.implicitVersion}`)] : []),
      ...planned.properties.map((p) => this.field(p)),
      ...(planned.addResponseStatus ? [plainField('response_status: Optional[ResponseStatus] = None')] : []),
    ];
    fields.forEach((f, i) => {
      if (i === fields.length - 1) f.blankAfterDoc = f.blankAfterComments = false;
    });
    const methods = this.responseTypeMethod(decl);
    const typeVars = decl.genericParams.map((p) => PYTHON_NAMING.genericParam(p));
    return {
      partial: 'class',
      typeVars: typeVars.map((p) => `${p} = TypeVar('${p}')`),
      comments: [...(planned.request?.routes ?? []).map((r) => `# ${routeText(r)}`), ...attributeComments(planned.attributes)],
      decorators: isInterface ? [] : this.decorators(),
      signature: `class ${planned.name}${this.bases(decl, planned.request?.marker)}:`,
      doc: doc(planned.description),
      fields,
      methods,
      isEmpty: fields.length === 0 && methods.length === 0,
    };
  }

  enumVM(planned: PlannedDecl, decl: EnumDecl): PyEnumVM {
    const isInt = decl.isIntEnum || decl.members.some((m) => m.value !== undefined);
    return {
      partial: 'enum',
      comments: attributeComments(planned.attributes),
      signature: `class ${planned.name}(${isInt ? 'IntEnum' : 'str, Enum'}):`,
      doc: doc(planned.description),
      // An enum without members still needs a body.
      members: decl.members.length === 0 ? ['pass'] : decl.members.map((m, i) => {
        const value = isInt ? String(m.value ?? i) : `'${singleQuotedBody(m.wireName)}'`;
        return `${enumMemberName(m.name)} = ${value}`;
      }),
    };
  }

  private decorators(): string[] {
    const json = this.options.dataClassJson || 'letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE';
    return [`@dataclass_json(${json})`, this.options.dataClass ? `@dataclass(${this.options.dataClass})` : '@dataclass'];
  }

  /** `(Generic[T], Base[T], IReturn[Response], IPost)`, or nothing. */
  private bases(decl: ClassDecl, marker: ReturnMarker | undefined): string {
    const bases: string[] = [];
    if (decl.genericParams.length > 0) bases.push(`Generic[${decl.genericParams.map(PYTHON_NAMING.genericParam).join(', ')}]`);
    if (decl.base) bases.push(this.baseExpr(decl.base));
    const isMarker = (i: TypeRef) => i.kind === 'named' && (i.id === 'IReturn`1' || i.id === 'IReturnVoid');
    // The return marker comes right after the base class, whatever order the metadata lists them in.
    const listed = decl.implements.filter((i) => !(i.kind === 'named' && i.id === 'IReturnVoid' && marker?.kind === 'void'));
    const implemented = [...listed.filter(isMarker), ...listed.filter((i) => !isMarker(i))];
    const declaresMarker = implemented.some(isMarker);
    if (marker?.kind === 'type' && !declaresMarker) bases.push(`IReturn[${this.typeExpr(marker.type)}]`);
    else if (marker?.kind === 'void') bases.push('IReturnVoid');
    for (const i of implemented) bases.push(this.typeExpr(i));
    return bases.length > 0 ? `(${bases.join(', ')})` : '';
  }

  /**
   * A collection base as ServiceStack's DeclarationType spells it (P27): `Dict[K,V]` without a
   * space and with the key as it is (no `str` for other key types), `List[T]`.
   */
  private baseExpr(base: TypeRef): string {
    if (base.kind !== 'dictionary') return this.typeExpr(base);
    return `Dict[${this.typeExpr(base.key)},${this.typeExpr(base.value)}]`;
  }

  /** Abstract generic requests tell the client their response type at run time. */
  private responseTypeMethod(decl: ClassDecl): string[] {
    const marker = decl.implements.find((i) => i.kind === 'named' && i.id === 'IReturn`1');
    if (!decl.isAbstract || decl.genericParams.length === 0 || marker?.kind !== 'named' || !marker.args[0]) return [];
    return ['@staticmethod', `def response_type(): return ${this.typeExpr(marker.args[0])}`];
  }

  private field(planned: PlannedProperty): PyFieldVM {
    const p = planned.property;
    const field = fieldName(p.name);
    const { name } = field;
    // Exact wire names (OpenAPI) are written out wherever dataclasses_json's camel case would not give them.
    const escaped = field.escaped || (this.plan.model.service.exactWireNames === true && lettercaseCamel(name) !== p.wireName);
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
    const factory = planned.initialise === undefined ? undefined : planned.initialise === 'dictionary' ? 'dict' : isBytes(inner) ? 'bytes' : 'list';
    const primitiveDefault = required && !nullable && !this.options.allOptional && inner.kind === 'primitive' ? PYTHON_PRIMITIVES[inner.name] : undefined;
    const defaultValue = primitiveDefault && 'default' in primitiveDefault ? primitiveDefault.default : undefined;
    const optional = !factory && defaultValue === undefined;
    const bare = optional ? `Optional[${expr}]` : expr;
    const annotation = forward ? `"${bare}"` : bare;

    const wire = escaped ? `metadata=config(field_name='${singleQuotedBody(p.wireName)}'), ` : '';
    let declaration: string;
    if (factory) {
      declaration = escaped ? `${name}: ${annotation} = field(${wire}default_factory=${factory})` : `${name}: ${annotation} = field(default_factory=${factory})`;
    } else if (defaultValue !== undefined) {
      declaration = escaped ? `${name}: ${annotation} = field(${wire}default=${defaultValue})` : `${name}: ${annotation} = ${defaultValue}`;
    } else {
      declaration = escaped ? `${name}: ${annotation} = field(${wire}default=None)` : `${name}: ${annotation} = None`;
    }
    const comments = attributeComments(planned.attributes);
    const fieldDoc = doc(planned.description);
    return { comments, declaration, doc: fieldDoc, blankAfterDoc: fieldDoc !== null, blankAfterComments: comments.length > 0 };
  }

  private mentionsPending(ref: TypeRef): boolean {
    let found = false;
    forEachNamedId(ref, (id) => {
      found ||= this.pending.has(id);
    });
    return found;
  }

  private className(id: string): string {
    return this.plan.names.get(id) ?? id;
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
        return this.options.exportValueTypes ? valueTypeName(ref) : 'str';
      case 'param':
        return PYTHON_NAMING.genericParam(ref.name);
      case 'nullable':
        return `Optional[${this.typeExpr(ref.of, style)}]`;
      case 'union':
        return `Union[${ref.of.map((m) => this.typeExpr(m, style)).join(', ')}]`;
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

function attributeComments(attributes: readonly Attribute[]): string[] {
  return attributes.map((a) => `# ${singleLine(attributeText(a, UNQUOTED_SYMBOLS))}`);
}

function doc(text: string | undefined): string[] | null {
  return text === undefined ? null : textLines(text).map(docstringText);
}

function plainField(declaration: string): PyFieldVM {
  return { comments: [], declaration, doc: null, blankAfterDoc: false, blankAfterComments: false };
}

/** `mod:A/B` → `from mod import A, B`; `mod` → `import mod` (ServiceStack's DefaultImports syntax, checked by its grammar). */
export function importLines(spec: string): string[] {
  return listItems(spec).map((item) => {
    const [module, names] = item.split(':');
    return names === undefined ? `import ${module}` : `from ${module} import ${names.split('/').join(', ')}`;
  });
}

