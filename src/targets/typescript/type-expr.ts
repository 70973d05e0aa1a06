// Type references as TypeScript type expressions, and the values `createResponse()` returns.

import type { TypeRef } from '../../model/types.js';
import { isBytes, typeText, type TypeSyntax } from '../../plan/type-syntax.js';
import { TYPESCRIPT_NAMING } from './names.js';
import { BINARY_RESPONSE, RESPONSE_DEFAULTS, TS_PRIMITIVES } from './type-map.js';

export class TypeExpressions {
  /**
   * @param names class names by declaration id
   * @param enumDefault the first member of an enum (`Level.Low`): what an enum response starts
   *   from, since `new` cannot build one
   */
  constructor(
    private readonly names: ReadonlyMap<string, string>,
    private readonly enumDefault: (id: string) => string | undefined = () => undefined,
  ) {}

  className(id: string): string {
    return this.names.get(id) ?? id;
  }

  /** The type of a property, base type or type argument. */
  expr(ref: TypeRef): string {
    return typeText(ref, this.syntax);
  }

  private readonly syntax: TypeSyntax = {
    primitive: (name) => TS_PRIMITIVES[name],
    opaque: 'string',
    param: TYPESCRIPT_NAMING.genericParam,
    // Optional-ness is the property's `?`, not the type's.
    nullable: (inner) => inner,
    list: (element, ref) => (isBytes(ref) ? 'string' : `${element}[]`),
    // An index signature takes only string or number keys; other keys travel as strings.
    dictionary: (key, value) => `{ [index:${key === 'number' ? 'number' : 'string'}]: ${value}; }`,
    named: (ref, args) => (args.length === 0 ? this.className(ref.id) : `${this.className(ref.id)}<${args.join(', ')}>`),
  };

  /** The `T` of `IReturn<T>`: binary responses are Blobs. */
  responseType(ref: TypeRef): string {
    const inner = ref.kind === 'nullable' ? ref.of : ref;
    if (isBytes(inner) || (inner.kind === 'primitive' && inner.name === 'Stream')) return BINARY_RESPONSE;
    return this.expr(inner);
  }

  /**
   * The expression `createResponse()` returns: an empty instance of the response type. `erased`:
   * without type arguments, for JavaScript (`[]`, `new QueryResponse()`).
   */
  emptyResponse(ref: TypeRef, erased = false): string {
    const inner = ref.kind === 'nullable' ? ref.of : ref;
    const type = this.responseType(inner);
    if (inner.kind === 'list' && type !== BINARY_RESPONSE) return erased ? '[]' : `new Array<${this.expr(inner.element)}>()`;
    if (inner.kind === 'dictionary') return '{}';
    const enumDefault = inner.kind === 'named' ? this.enumDefault(inner.id) : undefined;
    if (enumDefault !== undefined) return enumDefault;
    return RESPONSE_DEFAULTS.get(type) ?? `new ${erased && inner.kind === 'named' ? this.className(inner.id) : type}()`;
  }
}
