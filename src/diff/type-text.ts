// A type reference as the C# declaration spells it (`List<Item>`, `Int32?`): how API change
// reports name types, whatever language the clients are in.

import type { TypeRef } from '../model/types.js';
import { isBytes } from '../plan/type-syntax.js';

export function typeText(ref: TypeRef): string {
  switch (ref.kind) {
    case 'primitive':
      return ref.name;
    case 'named': {
      const name = ref.id.replace(/`\d+$/, '');
      return ref.args.length === 0 ? name : `${name}<${ref.args.map(typeText).join(', ')}>`;
    }
    case 'param':
      return ref.name;
    case 'list':
      return ref.container === 'Array' ? `${typeText(ref.element)}[]` : `${ref.container}<${typeText(ref.element)}>`;
    case 'dictionary':
      return `${ref.container}<${typeText(ref.key)}, ${typeText(ref.value)}>`;
    case 'nullable':
      return `${typeText(ref.of)}?`;
    case 'opaque':
      return ref.name;
  }
}

/**
 * A reference as its JSON and the generated code see it: every list container is a list (a byte
 * array stays binary), every dictionary a dictionary, and renamed types take their new name.
 */
export function shapeText(ref: TypeRef, renamed: ReadonlyMap<string, string> = NO_RENAMES): string {
  switch (ref.kind) {
    case 'named': {
      const id = renamed.get(ref.id) ?? ref.id;
      return ref.args.length === 0 ? id : `${id}<${ref.args.map((a) => shapeText(a, renamed)).join(', ')}>`;
    }
    case 'list':
      return isBytes(ref) ? 'Byte[]' : `List<${shapeText(ref.element, renamed)}>`;
    case 'dictionary':
      return `Dictionary<${shapeText(ref.key, renamed)}, ${shapeText(ref.value, renamed)}>`;
    case 'nullable':
      return `${shapeText(ref.of, renamed)}?`;
    default:
      return typeText(ref);
  }
}

const NO_RENAMES: ReadonlyMap<string, string> = new Map();

/** How a later reference differs from an earlier one. */
export type RefChange = 'same' | 'refined' | 'made-nullable' | 'made-non-nullable' | 'changed';

export function refChange(before: TypeRef, after: TypeRef, renamed: ReadonlyMap<string, string>): RefChange {
  const a = shapeText(before, renamed);
  const b = shapeText(after, renamed);
  if (a === b) return 'same';
  if (refines(before, after, renamed)) return 'refined';
  if (after.kind === 'nullable' && shapeText(after.of, renamed) === a) return 'made-nullable';
  if (before.kind === 'nullable' && shapeText(before.of, renamed) === b) return 'made-non-nullable';
  return 'changed';
}

/** `after` describes the same collection as `before`, whose elements (keys, values) were untyped. */
function refines(before: TypeRef, after: TypeRef, renamed: ReadonlyMap<string, string>): boolean {
  const part = (a: TypeRef, b: TypeRef) => isUntyped(a) || shapeText(a, renamed) === shapeText(b, renamed) || refines(a, b, renamed);
  if (before.kind === 'nullable' && after.kind === 'nullable') return refines(before.of, after.of, renamed);
  if (before.kind === 'list' && after.kind === 'list') return !isBytes(after) && part(before.element, after.element);
  if (before.kind === 'dictionary' && after.kind === 'dictionary') return part(before.key, after.key) && part(before.value, after.value);
  return false;
}

/** `Object` or `Object?`: what a loader types elements the metadata does not describe as. */
function isUntyped(ref: TypeRef): boolean {
  const inner = ref.kind === 'nullable' ? ref.of : ref;
  return inner.kind === 'primitive' && inner.name === 'Object';
}
