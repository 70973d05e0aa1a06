// Probable renames: something removed and something added with the same shape, when exactly one
// of each has that shape (an ambiguous match is left as a removal and an addition).

import type { Property, TypeDecl } from '../model/types.js';
import { shapeText } from './type-text.js';

/** Pairs `removed` with `added` by `shape`; returns the pairs, by the removed item. */
export function pairRenames<T>(removed: readonly T[], added: readonly T[], shape: (item: T) => string | undefined): Map<T, T> {
  const candidates = (items: readonly T[]) => {
    const byShape = new Map<string, T[]>();
    for (const item of items) {
      const key = shape(item);
      if (key !== undefined) byShape.set(key, [...(byShape.get(key) ?? []), item]);
    }
    return byShape;
  };
  const before = candidates(removed);
  const after = candidates(added);
  const pairs = new Map<T, T>();
  for (const [key, olds] of before) {
    const news = after.get(key);
    if (olds.length === 1 && news?.length === 1) pairs.set(olds[0] as T, news[0] as T);
  }
  return pairs;
}

/** A type's shape: its kind, base and properties (or members); none for a type with nothing in it. */
export function typeShape(type: TypeDecl): string | undefined {
  if (type.kind === 'enum') return type.members.length === 0 ? undefined : `enum ${type.members.map((m) => m.wireName).join(',')}`;
  if (type.properties.length === 0) return undefined;
  const props = type.properties.map((p) => `${p.wireName}:${propertyShape(p)}`).sort();
  return `${type.kind}<${type.genericParams.join(',')}> : ${type.base ? shapeText(type.base) : ''} { ${props.join('; ')} }`;
}

/** A property's shape, whatever its name: its type and whether it is required. */
export function propertyShape(property: Property, renamed?: ReadonlyMap<string, string>): string {
  return `${shapeText(property.type, renamed)}${property.isRequired ? ' required' : ''}`;
}
