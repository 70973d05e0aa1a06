// What a language tells the plan about itself. The plan applies ServiceStack's rules, which are
// the same for every language, once; a policy supplies only what differs: the options a language
// has, the types its client library already declares, how it orders declarations and how it
// spells names.

import type { Property, TextCase } from '../model/types.js';
import type { OptionDescriptor, OptionValue, ResolvedOptions } from './options.js';

export interface NamingPolicy {
  /**
   * A generic definition whose name another declaration shares (`QueryDb`1` beside `QueryDb`2`),
   * spelled with its arity: `QueryDb_1` (TypeScript, Swift) or `QueryDb1` (Python).
   */
  withArity(name: string, arity: number): string;
  /** Declarations the language's library spells its own way (`QueryDb`2` → `QueryDb2`), by id. */
  fixedNames?: ReadonlyMap<string, string>;
  /** Names a type cannot take as they are (keywords, built-in type names). */
  reservedTypeNames: ReadonlySet<string>;
  /** A reserved name made usable: `class_` or `` `class` ``. */
  escapeTypeName(name: string): string;
  /** A generic parameter's spelling (keywords escaped). */
  genericParam(name: string): string;
  /** A property's identifier, from its wire name (TypeScript, Swift) or its declared name (Python). */
  propertyName(property: Property, textCase: TextCase): string;
}

export interface TargetPolicy {
  options: readonly OptionDescriptor[];
  /** Defaults an operation page uses where they differ from the file defaults (the server's own). */
  operationDefaults?: ReadonlyMap<string, OptionValue>;
  /** Types the language's client library declares: never in a generated file (ids). */
  libraryTypes: ReadonlySet<string>;
  /** Of those, the ones an operation's page still shows (ServiceStack's pages show the DTOs it uses). */
  shownOnPages?: ReadonlySet<string>;
  /** Operation pages also leave out the ServiceStack namespace's interfaces (TypeScript). */
  pagesOmitServiceStackInterfaces?: boolean;
  /** The names of types a language option leaves out (Swift's TreatTypesAsStrings); read once per plan. */
  omittedNames?(options: ResolvedOptions): ReadonlySet<string>;
  /**
   * Whole files also declare the interfaces their types implement and the IReturn markers their
   * requests use, so that the file stands alone (TypeScript has no library of them).
   */
  declaresUsedInterfaces?: boolean;
  /**
   * `dependencies`: each type after what it uses (languages that evaluate declarations in order);
   * `requests-first`: requests, responses, then the rest, as ServiceStack's Swift files are.
   */
  order: 'dependencies' | 'requests-first';
  /** Implemented interfaces are base classes that must come first (Python). */
  interfacesAreBases?: boolean;
  naming: NamingPolicy;
}
