// The identifier each declaration gets in a language: ServiceStack's renaming rules (arity
// suffixes for generics that share a name, the library's fixed spellings, escaped keywords), then
// one more rule of dtogen's own: no two declarations ever end up with the same identifier. A
// renamed declaration that lands on a name already taken (`Foo`1` → `Foo_1` beside a declared
// `Foo_1`) takes `_` suffixes until it is unique; declarations that keep their own name keep it.
// The result depends only on the model's order, so it is the same on every run.

import type { TypeDecl } from '../model/types.js';
import type { NamingPolicy } from './policy.js';

/** Names by model and policy: a docs site plans every operation of one model in every language. */
const CACHE = new WeakMap<readonly TypeDecl[], Map<NamingPolicy, ReadonlyMap<string, string>>>();

export function typeNames(types: readonly TypeDecl[], naming: NamingPolicy): ReadonlyMap<string, string> {
  let byPolicy = CACHE.get(types);
  if (!byPolicy) CACHE.set(types, (byPolicy = new Map()));
  let names = byPolicy.get(naming);
  if (!names) byPolicy.set(naming, (names = computeNames(types, naming)));
  return names;
}

function computeNames(types: readonly TypeDecl[], naming: NamingPolicy): Map<string, string> {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);

  const wanted = types.map((t) => {
    const arity = t.kind === 'enum' ? 0 : t.genericParams.length;
    const spelled = naming.fixedNames?.get(t.id) ?? ((counts.get(t.name) ?? 0) > 1 && arity > 0 ? naming.withArity(t.name, arity) : t.name);
    return naming.reservedTypeNames.has(spelled) ? naming.escapeTypeName(spelled) : spelled;
  });

  const names = new Map<string, string>();
  const taken = new Set<string>();
  // Declarations that keep their own name first: they are what users and other tools refer to.
  types.forEach((t, i) => {
    const name = wanted[i] as string;
    if (name === t.name && !taken.has(name)) {
      taken.add(name);
      names.set(t.id, name);
    }
  });
  types.forEach((t, i) => {
    if (names.has(t.id)) return;
    let name = wanted[i] as string;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    names.set(t.id, name);
  });
  return names;
}
