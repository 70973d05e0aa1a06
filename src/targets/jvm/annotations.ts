// The annotation lines above JVM classes and fields, as ServiceStack's Java and Kotlin generators
// write them: routes, the type's attributes, @DataContract, @DataMember with @SerializedName.
// ServiceStack comments out a repeated annotation (Java 7 has no repeatable ones) and one with
// several constructor arguments; dtogen also comments out an attribute the client declares no
// annotation for, or whose arguments its annotation lacks, since either would not compile.

import { toPascalCase } from '../../model/casing.js';
import type { Attribute, AttributeArg, DataMember, Route } from '../../model/types.js';
import type { JvmText } from './comments.js';
import { CLIENT_ANNOTATIONS, type ElementKind } from './library.js';

interface Arg {
  /** The element the value is for; absent when the metadata does not name it. */
  element?: string;
  type: string;
  value: string;
}

const NUMERIC_TYPES = /^(S?Byte|U?Int(16|32|64)|Single|Double|Decimal)$/;
const INT32 = (v: string) => /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= 2 ** 31 - (v.startsWith('-') ? 0 : 1);

export class JvmAnnotations {
  constructor(private readonly text: JvmText) {}

  /** The type's routes, then its attributes (one list, so a second @Route is commented out). */
  lines(attributes: readonly Attribute[], routes: readonly Route[] = []): string[] {
    const seen = new Set<string>();
    const all = [...routes.map(routeAttribute), ...attributes.map(attributeArgs)];
    return all.map(({ name, args, positional }) => {
      const commented = seen.has(name) || (positional && args.length > 1) || !this.fits(name, args);
      seen.add(name);
      const body = args.map((a) => `${a.element ?? ''}${a.element !== undefined ? '=' : ''}${this.value(a)}`).join(', ');
      return `${commented ? '// ' : ''}@${name}(${body})`;
    });
  }

  /** `@DataContract` with its Name and Namespace. */
  dataContract(dc: { name?: string; namespace?: string } | undefined): string[] {
    if (!dc) return [];
    const args = [...(dc.name !== undefined ? [`Name=${this.quoted(dc.name)}`] : []), ...(dc.namespace !== undefined ? [`Namespace=${this.quoted(dc.namespace)}`] : [])];
    return [`@DataContract${args.length > 0 ? `(${args.join(', ')})` : ''}`];
  }

  /** `@DataMember(Name="x", Order=1, …)`, and `@SerializedName("x")` for a Name. */
  dataMember(dm: DataMember | undefined): string[] {
    if (!dm) return [];
    const args = [
      ...(dm.name !== undefined ? [`Name=${this.quoted(dm.name)}`] : []),
      ...(dm.order !== undefined ? [`Order=${dm.order}`] : []),
      ...(dm.isRequired !== undefined ? [`IsRequired=${dm.isRequired}`] : []),
      ...(dm.emitDefaultValue !== undefined ? [`EmitDefaultValue=${dm.emitDefaultValue}`] : []),
    ];
    return [`@DataMember${args.length > 0 ? `(${args.join(', ')})` : ''}`, ...(dm.name !== undefined ? [this.serializedName(dm.name)] : [])];
  }

  serializedName(name: string): string {
    return `@SerializedName(${this.quoted(name)})`;
  }

  quoted(text: string): string {
    return `"${this.text.stringBody(text)}"`;
  }

  private fits(name: string, args: readonly Arg[]): boolean {
    const elements = CLIENT_ANNOTATIONS.get(name);
    return elements !== undefined && args.every((a) => a.element !== undefined && accepts(elements.get(a.element), a));
  }

  private value(arg: Arg): string {
    if (NUMERIC_TYPES.test(arg.type) && /^-?\d+(\.\d+)?$/.test(arg.value)) return arg.value;
    if (arg.type === 'Boolean' && /^(true|false)$/i.test(arg.value)) return arg.value.toLowerCase();
    return this.quoted(arg.value);
  }
}

function accepts(kind: ElementKind | undefined, arg: Arg): boolean {
  switch (kind) {
    case 'string':
      return !(NUMERIC_TYPES.test(arg.type) && /^-?\d/.test(arg.value)) && arg.type !== 'Boolean';
    case 'int':
      return NUMERIC_TYPES.test(arg.type) && INT32(arg.value);
    case 'double':
      return NUMERIC_TYPES.test(arg.type) && /^-?\d+(\.\d+)?$/.test(arg.value);
    case 'boolean':
      return arg.type === 'Boolean' && /^(true|false)$/i.test(arg.value);
    default:
      return false;
  }
}

interface Annotation {
  name: string;
  args: Arg[];
  positional: boolean;
}

/** ServiceStack names constructor arguments by the attribute's property (`maximumLength` → MaximumLength). */
function attributeArgs(a: Attribute): Annotation {
  const positional = a.args.filter((x) => x.name === undefined);
  const chosen: readonly AttributeArg[] = positional.length > 0 ? positional : a.args;
  return {
    name: a.name,
    positional: positional.length > 0,
    args: chosen.map((x) => {
      const element = x.name ?? (x.param !== undefined ? toPascalCase(x.param) : undefined);
      return { ...(element !== undefined ? { element } : {}), type: x.type, value: x.value };
    }),
  };
}

/** A route as ServiceStack re-emits it: `@Route(Path="/x", Verbs="GET")`, or only its path. */
function routeAttribute(r: Route): Annotation {
  const path: Arg = { element: 'Path', type: 'String', value: r.path };
  return r.verbs.length > 0
    ? { name: 'Route', positional: false, args: [path, { element: 'Verbs', type: 'String', value: r.verbs.join(',') }] }
    : { name: 'Route', positional: true, args: [path] };
}
