// How a language spells type references: each language gives the spelling of each kind of
// reference, and `typeText` walks the reference once for all of them.

import type { PrimitiveName, TypeRef } from '../model/types.js';

type Of<K extends TypeRef['kind']> = Extract<TypeRef, { kind: K }>;

export interface TypeSyntax {
  primitive(name: PrimitiveName): string;
  /** A struct the metadata names but does not describe: ServiceStack sends it as a string. */
  opaque: string;
  /** ExportValueTypes: such a struct is written by its name (the user declares it), not as a string. */
  exportValueTypes?: boolean;
  param(name: string): string;
  nullable(inner: string): string;
  list(element: string, ref: Of<'list'>): string;
  dictionary(key: string, value: string, ref: Of<'dictionary'>): string;
  named(ref: Of<'named'>, args: string[]): string;
  /** One of several types; a language without unions says what it writes instead. */
  union(members: string[], ref: Of<'union'>): string;
}

export function typeText(ref: TypeRef, syntax: TypeSyntax): string {
  switch (ref.kind) {
    case 'primitive':
      return syntax.primitive(ref.name);
    case 'opaque':
      return syntax.exportValueTypes ? valueTypeName(ref) : syntax.opaque;
    case 'param':
      return syntax.param(ref.name);
    case 'nullable':
      return syntax.nullable(typeText(ref.of, syntax));
    case 'list':
      return syntax.list(typeText(ref.element, syntax), ref);
    case 'dictionary':
      return syntax.dictionary(typeText(ref.key, syntax), typeText(ref.value, syntax), ref);
    case 'named':
      return syntax.named(ref, ref.args.map((a) => typeText(a, syntax)));
    case 'union':
      return syntax.union(ref.of.map((m) => typeText(m, syntax)), ref);
  }
}

/** A struct's name as ExportValueTypes writes it (NativeTypesMetadata.GetTypeName). */
export function valueTypeName(ref: Of<'opaque'>): string {
  return ref.name;
}

/** `byte[]`: binary data rather than a list of numbers in every language. */
export function isBytes(ref: TypeRef): boolean {
  return ref.kind === 'list' && ref.container === 'Array' && ref.element.kind === 'primitive' && ref.element.name === 'Byte';
}
