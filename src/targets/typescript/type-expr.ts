// Type references as TypeScript type expressions, and the values `createResponse()` returns.

import type { TypeRef } from '../../model/types.js';
import { BINARY_RESPONSE, RESPONSE_DEFAULTS, TS_PRIMITIVES } from './type-map.js';

export class TypeExpressions {
  /**
   * @param names class names by declaration id
   * @param enumDefaults the first member of each enum (`Level.Low`), by id: what an enum
   *   response starts from, since `new` cannot build one
   */
  constructor(
    private readonly names: ReadonlyMap<string, string>,
    private readonly enumDefaults: ReadonlyMap<string, string> = new Map(),
  ) {}

  className(id: string): string {
    return this.names.get(id) ?? id;
  }

  /** The type of a property, base type or type argument. */
  expr(ref: TypeRef): string {
    switch (ref.kind) {
      case 'primitive':
        return TS_PRIMITIVES[ref.name];
      case 'opaque':
        return 'string';
      case 'param':
        return ref.name;
      case 'nullable':
        return this.expr(ref.of);
      case 'list':
        return isBytes(ref) ? 'string' : `${this.expr(ref.element)}[]`;
      case 'dictionary':
        // An index signature takes only string or number keys; other keys travel as strings.
        return `{ [index:${this.expr(ref.key) === 'number' ? 'number' : 'string'}]: ${this.expr(ref.value)}; }`;
      case 'named': {
        const name = this.className(ref.id);
        return ref.args.length === 0 ? name : `${name}<${ref.args.map((a) => this.expr(a)).join(', ')}>`;
      }
    }
  }

  /** The `T` of `IReturn<T>`: binary responses are Blobs. */
  responseType(ref: TypeRef): string {
    const inner = ref.kind === 'nullable' ? ref.of : ref;
    if (isBytes(inner) || (inner.kind === 'primitive' && inner.name === 'Stream')) return BINARY_RESPONSE;
    return this.expr(inner);
  }

  /** The expression `createResponse()` returns: an empty instance of the response type. */
  emptyResponse(ref: TypeRef): string {
    const inner = ref.kind === 'nullable' ? ref.of : ref;
    const type = this.responseType(inner);
    if (inner.kind === 'list' && type !== BINARY_RESPONSE) return `new Array<${this.expr(inner.element)}>()`;
    if (inner.kind === 'dictionary') return '{}';
    if (inner.kind === 'named' && this.enumDefaults.has(inner.id)) return this.enumDefaults.get(inner.id) ?? '';
    return RESPONSE_DEFAULTS.get(type) ?? `new ${type}()`;
  }
}

function isBytes(ref: TypeRef): boolean {
  return ref.kind === 'list' && ref.container === 'Array' && ref.element.kind === 'primitive' && ref.element.name === 'Byte';
}
