// Which collection properties start out empty (`= []`, `field(default_factory=list)`, `= [:]`),
// by ServiceStack's one rule for every language (ServiceMetadata.IsEnumerable/IsInterface,
// NativeTypesFeature.ShouldInitializeCollection): a required property, or any with
// InitializeCollections, of a concrete collection type (arrays, List, HashSet, Queue, Stack,
// Dictionary — not interfaces such as IEnumerable or IDictionary), on a type that is not an
// AutoQuery or CRUD request (those send only what the caller sets).

import { AUTOQUERY_BASES, CRUD_INTERFACES } from '../model/servicestack.js';
import type { ClassDecl, DictionaryContainer, ListContainer, Property } from '../model/types.js';

export type CollectionInit = 'list' | 'dictionary';

const INITIALISED_LISTS: ReadonlySet<ListContainer> = new Set(['Array', 'List', 'HashSet', 'Queue', 'Stack']);
const INITIALISED_DICTIONARIES: ReadonlySet<DictionaryContainer> = new Set(['Dictionary']);

/** Not an AutoQuery request (inherits QueryDb/QueryData) nor a CRUD one (implements ICreateDb<T>…). */
export function mayInitialiseCollections(decl: ClassDecl): boolean {
  if (decl.base?.kind === 'named' && AUTOQUERY_BASES.has(decl.base.id)) return false;
  return !decl.implements.some((i) => i.kind === 'named' && CRUD_INTERFACES.has(i.id));
}

export function collectionInit(p: Property, initializeAll: boolean): CollectionInit | undefined {
  if (!p.isRequired && !initializeAll) return undefined;
  if (p.type.kind === 'list' && INITIALISED_LISTS.has(p.type.container)) return 'list';
  if (p.type.kind === 'dictionary' && INITIALISED_DICTIONARIES.has(p.type.container)) return 'dictionary';
  return undefined;
}
