// What the ServiceStack Swift package (`import ServiceStack`) already defines, so that generated
// files leave it out, as `/types/swift` does.

/** Protocols of the package; never emitted. The CRUD ones are also dropped from conformance lists
 * (Swift has no generic protocols, and the package declares none). */
export const LIBRARY_PROTOCOLS: ReadonlySet<string> = new Set([
  'IReturn`1', 'IReturnVoid', 'IGet', 'IPost', 'IPut', 'IDelete', 'IPatch', 'IOptions', 'IMeta', 'IHasSessionId',
  'IHasBearerToken', 'IHasVersion', 'ICreateDb`1', 'IUpdateDb`1', 'IPatchDb`1', 'IDeleteDb`1', 'ISaveDb`1',
]);

/** Interfaces no Swift class lists: the return markers (written from the operation) and the CRUD markers. */
export const UNLISTED_INTERFACES: ReadonlySet<string> = new Set([
  'IReturn`1', 'IReturnVoid', 'ICreateDb`1', 'IUpdateDb`1', 'IPatchDb`1', 'IDeleteDb`1', 'ISaveDb`1',
]);

/**
 * Interfaces whole files leave out of conformance lists although metadata pages show them:
 * ServiceStack's own 8.x Swift files never list IMeta (the package does not declare it).
 */
export const WHOLE_FILE_UNLISTED: ReadonlySet<string> = new Set(['IMeta']);

/** Classes of the package (ServiceStack's `IgnoreTypeNames` for Swift); left out of whole files. */
export const LIBRARY_CLASSES: ReadonlySet<string> = new Set([
  'QueryBase', 'QueryDb`1', 'QueryDb`2', 'QueryData`1', 'QueryData`2', 'QueryResponse`1', 'AuditBase', 'EmptyResponse',
  'ResponseStatus', 'ResponseError', 'ErrorResponse',
]);

/** The error types metadata pages hide (ServiceStack's ShowResponseStatusInMetadataPages is off). */
export const PAGE_HIDDEN: ReadonlySet<string> = new Set(['ResponseStatus', 'ResponseError']);
