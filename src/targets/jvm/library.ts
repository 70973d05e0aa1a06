// What ServiceStack's JVM client (`net.servicestack:client`, `import net.servicestack.client.*`)
// already declares, for Java and Kotlin alike.

/**
 * Left out of generated files: ServiceStack's IgnoreTypeNames for Java and Kotlin (the error
 * types) and the marker interfaces the client declares. Types the client also declares but that
 * ServiceStack still writes (EmptyResponse, IdResponse) stay: the file's own declaration wins over
 * the star import.
 */
export const JVM_LIBRARY_TYPES: ReadonlySet<string> = new Set([
  'ResponseStatus', 'ResponseError', 'ErrorResponse',
  'IReturn`1', 'IReturnVoid', 'IGet', 'IPost', 'IPut', 'IDelete', 'IPatch', 'IMeta', 'IHasSessionId', 'IHasBearerToken',
  'IHasVersion', 'ICreateDb`1', 'IUpdateDb`1', 'IPatchDb`1', 'IDeleteDb`1', 'ISaveDb`1', 'ICrud', 'IQuery', 'IQueryDb`1',
  'IQueryResponse',
]);

/** The interfaces no class lists from its `implements`: the return markers come from its operation. */
export const RETURN_MARKERS: ReadonlySet<string> = new Set(['IReturn`1', 'IReturnVoid']);

/** The kind of value an annotation element of the client takes. */
export type ElementKind = 'string' | 'int' | 'double' | 'boolean' | 'class';

const S = 'string';
const I = 'int';
const B = 'boolean';

/**
 * The annotations of the client and their elements (from its class files). An attribute is
 * written as an annotation only when the client declares one of its name with every element it
 * sets, of the right kind; otherwise it is written as a comment, since it would not compile.
 */
export const CLIENT_ANNOTATIONS: ReadonlyMap<string, ReadonlyMap<string, ElementKind>> = new Map(
  (
    [
      ['Api', { value: S, Description: S, BodyParameter: I, IsRequired: B }],
      ['ApiMember', { Verb: S, ParameterType: S, Name: S, Description: S, DataType: S, Format: S, IsRequired: B, AllowMultiple: B, Route: S, ExcludeInSchema: B }],
      ['ApiResponse', { StatusCode: I, Description: S, IsDefaultResponse: B, ResponseType: 'class' }],
      ['AutoQueryViewer', Object.fromEntries(['Name', 'Title', 'Description', 'IconUrl', 'BrandUrl', 'BrandImageUrl', 'TextColor', 'LinkColor', 'BackgroundColor', 'BackgroundImageUrl', 'DefaultSearchField', 'DefaultSearchType', 'DefaultSearchText', 'DefaultFields'].map((k) => [k, S]))],
      ['AutoQueryViewerField', { Title: S, Description: S, HideInSummary: B, ValueFormat: S, LayoutHint: S }],
      ['DataContract', { value: S, Name: S, Namespace: S }],
      ['DataMember', { value: S, Name: S, Order: I, IsRequired: B, EmitDefaultValue: B }],
      ['Flags', {}],
      ['Ignore', {}],
      ['IgnoreDataMember', {}],
      ['Meta', { Name: S, Value: S }],
      ['References', { value: 'class', Type: 'class' }],
      ['Required', {}],
      ['Route', { value: S, Path: S, Summary: S, Notes: S, Verbs: S, Priority: I, Matches: S }],
      ['StringLength', { value: I, MinimumLength: I, MaximumLength: I }],
      ['Validate', { Validator: S, Condition: S, ErrorCode: S, Message: S }],
      ['ValidateRequest', { Validator: S, Condition: S, ErrorCode: S, Message: S, StatusCode: I }],
      ['Default', { value: S, IntValue: I, DoubleValue: 'double', DefaultType: 'class', DefaultValue: S }],
    ] as [string, Record<string, ElementKind>][]
  ).map(([name, elements]) => [name, new Map(Object.entries(elements))]),
);
