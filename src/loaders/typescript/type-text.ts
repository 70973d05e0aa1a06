// A TypeScript type annotation → the .NET type name a metadata document would hold for it
// (`string[]` → `List<String>`, `Record<string, number>` → `Dictionary<String,Int32>`).
//
// TypeScript has one `number`: it is Int32, unless the annotation names a .NET number type
// (`Int64`, `Double`, `Decimal`, … — an alias such as `type Double = number`, or a bare name); the
// same goes for every .NET primitive name (`Guid`, `TimeSpan`, `DateTimeOffset`). `Date` is
// DateTime and `bigint` Int64.

import { Node, SyntaxKind, type TypeNode } from 'ts-morph';
import { NUMERIC_PRIMITIVES, PRIMITIVE_NAMES } from '../../model/types.js';

export type TypeText = { ok: true; text: string; isValueType: boolean; nullable: boolean } | { ok: false; construct: string; node: Node };

export interface DeclaredName {
  /** The .NET name, when the TypeScript one differs (`QueryDb_1` is `QueryDb`). */
  name: string;
  arity: number;
  isEnum: boolean;
  isInterface: boolean;
}

export interface TypeScope {
  /** Generic parameters of the declaration being read. */
  params: ReadonlySet<string>;
  /** Declared type names → their generic arity and whether they are enums. */
  declared: ReadonlyMap<string, DeclaredName>;
  /** `type A = B` aliases that are not declarations of their own: read through. */
  aliases: ReadonlyMap<string, TypeNode>;
}

const PRIMITIVES: ReadonlySet<string> = new Set(PRIMITIVE_NAMES);
const VALUE_PRIMITIVES: ReadonlySet<string> = new Set([
  ...NUMERIC_PRIMITIVES, 'Boolean', 'Char', 'DateTime', 'DateTimeOffset', 'DateOnly', 'TimeSpan', 'TimeOnly', 'Guid',
]);
const KEYWORDS: ReadonlyMap<SyntaxKind, string> = new Map([
  [SyntaxKind.StringKeyword, 'String'],
  [SyntaxKind.NumberKeyword, 'Int32'],
  [SyntaxKind.BooleanKeyword, 'Boolean'],
  [SyntaxKind.BigIntKeyword, 'Int64'],
  [SyntaxKind.AnyKeyword, 'Object'],
  [SyntaxKind.UnknownKeyword, 'Object'],
  [SyntaxKind.ObjectKeyword, 'Object'],
]);
/** Global types that stand for a .NET one. */
const GLOBALS: ReadonlyMap<string, string> = new Map([
  ['Date', 'DateTime'],
  ['Blob', 'Stream'],
  ['ArrayBuffer', 'Stream'],
  // ServiceStack 5.x writes byte[] as Uint8Array.
  ['Uint8Array', 'Byte[]'],
  ['Object', 'Object'],
  ['String', 'String'],
  ['Number', 'Int32'],
  ['Boolean', 'Boolean'],
]);
const CONSTRUCTS: ReadonlyMap<SyntaxKind, string> = new Map([
  [SyntaxKind.FunctionType, 'a function type'],
  [SyntaxKind.ConstructorType, 'a constructor type'],
  [SyntaxKind.MappedType, 'a mapped type'],
  [SyntaxKind.ConditionalType, 'a conditional type'],
  [SyntaxKind.TupleType, 'a tuple type'],
  [SyntaxKind.IntersectionType, 'an intersection type'],
  [SyntaxKind.TypeQuery, 'a typeof type'],
  [SyntaxKind.IndexedAccessType, 'an indexed access type'],
  [SyntaxKind.LiteralType, 'a literal type'],
  [SyntaxKind.TemplateLiteralType, 'a template literal type'],
  [SyntaxKind.TypeLiteral, 'an inline object type'],
  [SyntaxKind.InferType, 'an infer type'],
  [SyntaxKind.ImportType, 'an import type'],
]);

/** How many aliases deep a name is read through: a cycle of aliases ends here. */
const MAX_ALIAS_DEPTH = 32;

export function typeText(node: TypeNode, scope: TypeScope, depth = 0): TypeText {
  const ok = (text: string, isValueType = VALUE_PRIMITIVES.has(text)): TypeText => ({ ok: true, text, isValueType, nullable: false });
  const unsupported = (construct: string): TypeText => ({ ok: false, construct, node });

  const keyword = KEYWORDS.get(node.getKind());
  if (keyword) return ok(keyword);
  if (Node.isParenthesizedTypeNode(node)) return typeText(node.getTypeNode(), scope, depth);
  if (Node.isArrayTypeNode(node)) return wrap('List', [node.getElementTypeNode()], scope, depth);
  if (Node.isTypeOperatorTypeNode(node) && node.getOperator() === SyntaxKind.ReadonlyKeyword) return typeText(node.getTypeNode(), scope, depth);
  if (Node.isUnionTypeNode(node)) {
    const members = node.getTypeNodes();
    const present = members.filter((m) => !isNullish(m));
    if (present.length === 1 && present.length < members.length) {
      const inner = typeText(present[0] as TypeNode, scope, depth);
      return inner.ok ? { ...inner, nullable: true } : inner;
    }
    if (present.length === 1) return typeText(present[0] as TypeNode, scope, depth);
    return unsupported(present.every((m) => Node.isLiteralTypeNode(m)) ? 'an inline union of literals (declare it as a type alias)' : 'a union type');
  }
  if (Node.isTypeLiteral(node)) {
    const index = node.getIndexSignatures();
    if (index.length === 1 && node.getMembers().length === 1) {
      const signature = index[0]!;
      const key = signature.getKeyTypeNode();
      const value = signature.getReturnTypeNode();
      if (value) return dictionary(key, value, scope, depth);
    }
    return unsupported('an inline object type (declare it as an interface)');
  }
  if (Node.isTypeReference(node)) {
    const name = node.getTypeName().getText().replace(/^.*\./, '');
    const args = node.getTypeArguments();
    if (args.length === 0 && scope.params.has(name)) return ok(name, false);
    const declared = scope.declared.get(name);
    if (declared && declared.arity === args.length) {
      if (args.length === 0) return ok(declared.name, declared.isEnum);
      return wrap(declared.name, args, scope, depth);
    }
    const alias = scope.aliases.get(name);
    if (alias && args.length === 0) return depth < MAX_ALIAS_DEPTH ? typeText(alias, scope, depth + 1) : unsupported('a cycle of type aliases');
    if ((name === 'Array' || name === 'ReadonlyArray') && args.length === 1) return wrap('List', args, scope, depth);
    if ((name === 'Set' || name === 'ReadonlySet') && args.length === 1) return wrap('HashSet', args, scope, depth);
    if ((name === 'Record' || name === 'Map' || name === 'ReadonlyMap') && args.length === 2) return dictionary(args[0]!, args[1]!, scope, depth);
    // ServiceStack 5.x's helper `class Dictionary<T> { [Key: string]: T; }`.
    if (name === 'Dictionary' && args.length === 1) return wrap('Dictionary', args, scope, depth, 'String');
    if (args.length === 0 && PRIMITIVES.has(name)) return ok(name);
    const global = GLOBALS.get(name);
    if (global && args.length === 0) return ok(global);
    if (/^(Partial|Required|Readonly|Pick|Omit|Exclude|Extract|NonNullable|ReturnType|InstanceType|Parameters)$/.test(name)) {
      return unsupported(`the utility type ${name}<…>`);
    }
    // Anything else is named as written: the metadata loader warns where it is not declared.
    return args.length === 0 ? ok(name, false) : wrap(name, args, scope, depth);
  }
  return unsupported(CONSTRUCTS.get(node.getKind()) ?? `the type '${node.getKindName()}'`);
}

function isNullish(node: TypeNode): boolean {
  if (node.getKind() === SyntaxKind.UndefinedKeyword) return true;
  return Node.isLiteralTypeNode(node) && node.getLiteral().getKind() === SyntaxKind.NullKeyword;
}

function wrap(generic: string, args: readonly TypeNode[], scope: TypeScope, depth: number, firstArg?: string): TypeText {
  const texts: string[] = firstArg ? [firstArg] : [];
  for (const a of args) {
    const inner = typeText(a, scope, depth);
    if (!inner.ok) return inner;
    texts.push(inner.nullable && inner.isValueType ? `Nullable<${inner.text}>` : inner.text);
  }
  return { ok: true, text: `${generic}<${texts.join(',')}>`, isValueType: false, nullable: false };
}

function dictionary(key: TypeNode, value: TypeNode, scope: TypeScope, depth: number): TypeText {
  return wrap('Dictionary', [key, value], scope, depth);
}
