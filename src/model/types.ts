// The metadata model: a language-neutral description of services and types.
//
// Plain data only (no classes, no getters) so that it can be cloned, serialised and handed to
// templates. Names are kept exactly as the metadata spells them: no casing, no escaping. Every
// node records where it came from so that any diagnostic can point at it.

/** Where a node came from: a file and a JSON pointer (or a line and column for source inputs). */
export interface SourceLocation {
  file: string;
  pointer?: string;
  line?: number;
  column?: number;
}

/** .NET value and system types that every target maps to a built-in type of its own. */
export const PRIMITIVE_NAMES = [
  'String',
  'Boolean',
  'Char',
  'Byte',
  'SByte',
  'Int16',
  'Int32',
  'Int64',
  'UInt16',
  'UInt32',
  'UInt64',
  'Single',
  'Double',
  'Decimal',
  'DateTime',
  'DateTimeOffset',
  'DateOnly',
  'TimeSpan',
  'TimeOnly',
  'Guid',
  'Uri',
  'Type',
  'Object',
  'Stream',
] as const;
export type PrimitiveName = (typeof PRIMITIVE_NAMES)[number];

/** The .NET number types: what languages with one number type (JavaScript) spell alike. */
export const NUMERIC_PRIMITIVES = ['Byte', 'SByte', 'Int16', 'Int32', 'Int64', 'UInt16', 'UInt32', 'UInt64', 'Single', 'Double', 'Decimal'] as const satisfies readonly PrimitiveName[];

/** The .NET collection that a list-like reference was declared with (`[]` is `Array`). */
export type ListContainer = 'Array' | 'List' | 'IList' | 'ICollection' | 'IEnumerable' | 'HashSet' | 'ISet'
  | 'SortedSet' | 'IReadOnlyList' | 'IReadOnlyCollection' | 'Collection' | 'Queue' | 'Stack' | 'LinkedList';
export type DictionaryContainer = 'Dictionary' | 'IDictionary' | 'SortedDictionary' | 'ConcurrentDictionary'
  | 'IReadOnlyDictionary' | 'SortedList';

/** A reference to a type, as used by properties, base types, interfaces and operations. */
export type TypeRef =
  | { kind: 'primitive'; name: PrimitiveName }
  /** A type declared in the model, by its id (`QueryResponse`1`), closed over `args`. */
  | { kind: 'named'; id: string; args: TypeRef[] }
  /** A generic parameter of the enclosing generic type definition (`T`). */
  | { kind: 'param'; name: string }
  | { kind: 'list'; container: ListContainer; element: TypeRef }
  | { kind: 'dictionary'; container: DictionaryContainer; key: TypeRef; value: TypeRef }
  | { kind: 'nullable'; of: TypeRef }
  /** A value type (struct) the metadata names but does not describe; ServiceStack sends it as a string. */
  | { kind: 'opaque'; name: string; namespace?: string }
  /** One of several types (OpenAPI oneOf/anyOf), where the schema says where it was written. */
  | { kind: 'union'; of: TypeRef[]; source: SourceLocation };

export interface AttributeArg {
  /** Named argument (`Description="…"`); absent for positional constructor arguments. */
  name?: string;
  /** A positional argument's constructor parameter name, when the metadata gives it (`maximumLength`). */
  param?: string;
  /** .NET type of the value (`String`, `Int32`, `Boolean`, …). */
  type: string;
  /** The value as text, as the metadata gives it. */
  value: string;
}

export interface Attribute {
  name: string;
  args: AttributeArg[];
  source: SourceLocation;
}

export interface DataMember {
  name?: string;
  order?: number;
  isRequired?: boolean;
  emitDefaultValue?: boolean;
}

export interface Property {
  /** The member name as declared (usually PascalCase). */
  name: string;
  type: TypeRef;
  /** The metadata's `isRequired` flag (non-nullable reference types, [Required], ApiMember IsRequired…). */
  isRequired: boolean;
  /** .NET value type (int, bool, DateTime, structs, enums): always has a value unless Nullable. */
  isValueType: boolean;
  isEnum: boolean;
  isPrimaryKey: boolean;
  readOnly: boolean;
  description?: string;
  /** The wire name when it differs from `name` ([DataMember(Name)]). */
  alias?: string;
  /**
   * The property's key in the server's JSON: its alias, else its name in the server's text case
   * (JsConfig.TextCase). What every language and every sample uses on the wire.
   */
  wireName: string;
  dataMember?: DataMember;
  /** [ApiMember(ParameterType)]: path, query, body, form, header. */
  paramType?: string;
  /** The type name the server shows for it on its pages ([ApiMember(DataType)]). */
  displayType?: string;
  /** [ApiAllowableValues]: the values it accepts, or the range of numbers (max may be open). */
  allowableValues?: string[];
  allowableMin?: number;
  allowableMax?: number;
  /** [Input]: the form field's allowable values and its min/max as text. */
  input?: { allowableValues?: string[]; min?: string; max?: string };
  attributes: Attribute[];
  source: SourceLocation;
}

interface DeclBase {
  /** Unique key of the declaration: the metadata name with its generic arity (`QueryDb`1`). */
  id: string;
  /** The identifier, without arity (`QueryDb`). */
  name: string;
  namespace?: string;
  description?: string;
  notes?: string;
  /** The name the server shows for it on its pages, when the metadata gives one. */
  displayType?: string;
  attributes: Attribute[];
  /** [DataContract]: present (possibly empty) when the type opts into DataMember serialisation. */
  dataContract?: { name?: string; namespace?: string };
  isNested: boolean;
  /** Ids of types declared inside this one. */
  innerTypes: string[];
  /** Came from the built-in ServiceStack library definitions, not from the input document. */
  isBuiltin: boolean;
  source: SourceLocation;
}

export interface ClassDecl extends DeclBase {
  kind: 'class' | 'interface';
  /** Type parameters of a generic type definition (`['T']`); empty otherwise. */
  genericParams: string[];
  base?: TypeRef;
  implements: TypeRef[];
  isAbstract: boolean;
  properties: Property[];
}

export interface EnumMember {
  name: string;
  /** Explicit integer value, when the metadata gives one: a bigint beyond 2^53, within 64 bits. */
  value?: number | bigint;
  /** [EnumMember(Value)] wire value, when it differs from the name. */
  memberValue?: string;
  /** How a string enum's member travels: its [EnumMember(Value)], else its name. */
  wireName: string;
  description?: string;
  source: SourceLocation;
}

export interface EnumDecl extends DeclBase {
  kind: 'enum';
  /** Serialised as a number rather than as its name ([Flags] or integer enums). */
  isIntEnum: boolean;
  isFlags: boolean;
  members: EnumMember[];
}

export type TypeDecl = ClassDecl | EnumDecl;

export interface Route {
  path: string;
  /** Upper-case verbs; empty means every verb. */
  verbs: string[];
  summary?: string;
  notes?: string;
  source: SourceLocation;
}

export interface AuthRequirements {
  requiresAuth: boolean;
  requiresApiKey: boolean;
  requiredRoles: string[];
  requiresAnyRole: string[];
  requiredPermissions: string[];
  requiresAnyPermission: string[];
}

export interface Operation {
  /** The operation name: the request type's name. */
  name: string;
  /** Id of the request type declaration. */
  request: string;
  /** The response type; undefined when the operation returns nothing. */
  response?: TypeRef;
  /** The IReturn<T> marker type, when the request declares one. */
  returnType?: TypeRef;
  returnsVoid: boolean;
  /** Verbs the service implements (`ANY`, `GET`, …). */
  actions: string[];
  /** The preferred HTTP method for clients. */
  method?: string;
  routes: Route[];
  tags: string[];
  description?: string;
  auth: AuthRequirements;
  source: SourceLocation;
}

export type TextCase = 'CamelCase' | 'PascalCase' | 'SnakeCase' | 'Default';

export interface ServiceInfo {
  name?: string;
  baseUrl?: string;
  /** ServiceStack version of the server that produced the metadata. */
  version?: string;
  /** Key casing of the server's JSON (JsConfig.TextCase). */
  textCase: TextCase;
  /**
   * The input spells every wire name itself (OpenAPI): each language writes a property's or enum
   * member's wire name out wherever its own derivation would not give it back.
   */
  exactWireNames?: boolean;
}

export interface MetadataModel {
  service: ServiceInfo;
  namespaces: string[];
  /** Every declaration, in the order the input first mentions it. */
  types: TypeDecl[];
  operations: Operation[];
}
