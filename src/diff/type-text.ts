// A type reference as the C# declaration spells it (`List<Item>`, `Int32?`): how API change
// reports name types, whatever language the clients are in.

import type { TypeRef } from '../model/types.js';

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
    case 'union':
      return ref.of.map(typeText).join(' | ');
  }
}
