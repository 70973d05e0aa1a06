// ServiceStack types that the `servicestack` pip package already defines (`from servicestack
// import *`), so generated files leave them out, as `/types/python` does. Only names the package
// really exports are listed (a test checks): ServiceStack's own list also drops Register, Tuple
// and IStream, which the package lacks, leaving files that cannot run.

/** Never emitted: the request/response marker and verb interfaces. */
export const LIBRARY_INTERFACES: ReadonlySet<string> = new Set([
  'IReturn`1', 'IReturnVoid', 'IGet', 'IPost', 'IPut', 'IDelete', 'IPatch', 'IOptions', 'IMeta', 'IHasSessionId',
  'IHasBearerToken', 'IHasVersion', 'ICreateDb`1', 'IUpdateDb`1', 'IPatchDb`1', 'IDeleteDb`1', 'ISaveDb`1',
]);

/** Left out of whole files; metadata pages show them, except the two error types. */
export const LIBRARY_DTOS: ReadonlySet<string> = new Set([
  'ResponseStatus', 'ResponseError', 'EmptyResponse', 'IdResponse', 'StringResponse', 'StringsResponse', 'QueryBase',
  'QueryData`1', 'QueryData`2', 'QueryDb`1', 'QueryDb`2', 'QueryResponse`1', 'KeyValuePair`2', 'Authenticate',
  'AuthenticateResponse', 'AssignRoles', 'AssignRolesResponse', 'UnAssignRoles', 'UnAssignRolesResponse',
  'CancelRequest', 'CancelRequestResponse', 'UpdateEventSubscriber', 'UpdateEventSubscriberResponse', 'GetApiKeys',
  'GetApiKeysResponse', 'RegenerateApiKeys', 'RegenerateApiKeysResponse', 'UserApiKey', 'ConvertSessionToToken',
  'ConvertSessionToTokenResponse', 'GetAccessToken', 'GetAccessTokenResponse', 'NavItem', 'GetNavItems',
  'GetNavItemsResponse', 'AuditBase', 'BackgroundJob', 'BackgroundJobBase', 'BackgroundJobOptions', 'BackgroundJobState',
  'CompletedJob', 'FailedJob', 'HourSummary', 'JobStatSummary', 'JobSummary', 'ScheduledTask', 'WorkerStats',
]);

/** The error types metadata pages hide (ServiceStack's ShowResponseStatusInMetadataPages is off). */
export const PAGE_HIDDEN: ReadonlySet<string> = new Set(['ResponseStatus', 'ResponseError']);
