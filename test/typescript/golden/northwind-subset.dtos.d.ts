/* Options:
Date: 2026-01-02 03:04:05
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: http://localhost:20000

//GlobalNamespace: 
//MakePropertiesOptional: True
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//DefaultImports: 
*/


interface IReturn<T>
{
    createResponse(): T;
}

interface IReturnVoid
{
    createResponse(): void;
}

interface IHasSessionId
{
    sessionId?: string;
}

interface IHasBearerToken
{
    bearerToken?: string;
}

interface IGet
{
}

interface IPost
{
}

interface IPut
{
}

// @DataContract
interface Property
{
    // @DataMember(Order=1)
    name?: string;

    // @DataMember(Order=2)
    value?: string;
}

// @DataContract
interface ResponseError
{
    // @DataMember(Order=1)
    errorCode?: string;

    // @DataMember(Order=2)
    fieldName?: string;

    // @DataMember(Order=3)
    message?: string;

    // @DataMember(Order=4)
    meta?: { [index:string]: string; };
}

// @DataContract
interface ResponseStatus
{
    // @DataMember(Order=1)
    errorCode?: string;

    // @DataMember(Order=2)
    message?: string;

    // @DataMember(Order=3)
    stackTrace?: string;

    // @DataMember(Order=4)
    errors?: ResponseError[];

    // @DataMember(Order=5)
    meta?: { [index:string]: string; };
}

// @DataContract
interface QueryBase
{
    // @DataMember(Order=1)
    skip?: number;

    // @DataMember(Order=2)
    take?: number;

    // @DataMember(Order=3)
    orderBy?: string;

    // @DataMember(Order=4)
    orderByDesc?: string;

    // @DataMember(Order=5)
    include?: string;

    // @DataMember(Order=6)
    fields?: string;

    // @DataMember(Order=7)
    meta?: { [index:string]: string; };
}

interface QueryDb<T> extends QueryBase
{
}

// @DataContract
interface AdminUserBase
{
    // @DataMember(Order=1)
    userName?: string;

    // @DataMember(Order=2)
    firstName?: string;

    // @DataMember(Order=3)
    lastName?: string;

    // @DataMember(Order=4)
    displayName?: string;

    // @DataMember(Order=5)
    email?: string;

    // @DataMember(Order=6)
    password?: string;

    // @DataMember(Order=7)
    profileUrl?: string;

    // @DataMember(Order=8)
    phoneNumber?: string;

    // @DataMember(Order=9)
    userAuthProperties?: { [index:string]: string; };

    // @DataMember(Order=10)
    meta?: { [index:string]: string; };
}

type BackgroundJobState = "Queued" | "Started" | "Executed" | "Completed" | "Failed" | "Cancelled";

interface BackgroundJobBase
{
    id?: number;
    parentId?: number;
    refId?: string;
    worker?: string;
    tag?: string;
    batchId?: string;
    callback?: string;
    dependsOn?: number;
    runAfter?: string;
    createdDate?: string;
    createdBy?: string;
    requestId?: string;
    requestType?: string;
    command?: string;
    request?: string;
    // @StringLength(2147483647)
    requestBody?: string;

    userId?: string;
    response?: string;
    // @StringLength(2147483647)
    responseBody?: string;

    state?: BackgroundJobState;
    startedDate?: string;
    completedDate?: string;
    notifiedDate?: string;
    retryLimit?: number;
    attempts?: number;
    durationMs?: number;
    timeoutSecs?: number;
    progress?: number;
    status?: string;
    // @StringLength(2147483647)
    logs?: string;

    lastActivityDate?: string;
    replyTo?: string;
    errorCode?: string;
    error?: ResponseStatus;
    args?: { [index:string]: string; };
    meta?: { [index:string]: string; };
}

interface BackgroundJob extends BackgroundJobBase
{
    id?: number;
}

// @DataContract
interface QueryResponse<T>
{
    // @DataMember(Order=1)
    offset?: number;

    // @DataMember(Order=2)
    total?: number;

    // @DataMember(Order=3)
    results?: T[];

    // @DataMember(Order=4)
    meta?: { [index:string]: string; };

    // @DataMember(Order=5)
    responseStatus?: ResponseStatus;
}

// @DataContract
interface AuthenticateResponse extends IHasSessionId, IHasBearerToken
{
    // @DataMember(Order=1)
    userId?: string;

    // @DataMember(Order=2)
    sessionId?: string;

    // @DataMember(Order=3)
    userName?: string;

    // @DataMember(Order=4)
    displayName?: string;

    // @DataMember(Order=5)
    referrerUrl?: string;

    // @DataMember(Order=6)
    bearerToken?: string;

    // @DataMember(Order=7)
    refreshToken?: string;

    // @DataMember(Order=8)
    refreshTokenExpiry?: string;

    // @DataMember(Order=9)
    profileUrl?: string;

    // @DataMember(Order=10)
    roles?: string[];

    // @DataMember(Order=11)
    permissions?: string[];

    // @DataMember(Order=12)
    authProvider?: string;

    // @DataMember(Order=13)
    responseStatus?: ResponseStatus;

    // @DataMember(Order=14)
    meta?: { [index:string]: string; };
}

// @DataContract
interface AdminUserResponse
{
    // @DataMember(Order=1)
    id?: string;

    // @DataMember(Order=2)
    result?: { [index:string]: Object; };

    // @DataMember(Order=3)
    details?: { [index:string]: Object; }[];

    // @DataMember(Order=4)
    claims?: Property[];

    // @DataMember(Order=5)
    responseStatus?: ResponseStatus;
}

/** @description Sign In */
// @Route("/auth", "GET,POST")
// @Route("/auth/{provider}", "GET,POST")
// @Api(Description="Sign In")
// @DataContract
interface Authenticate extends IReturn<AuthenticateResponse>, IPost
{
    /** @description AuthProvider, e.g. credentials */
    // @DataMember(Order=1)
    provider?: string;

    // @DataMember(Order=2)
    userName?: string;

    // @DataMember(Order=3)
    password?: string;

    // @DataMember(Order=4)
    rememberMe?: boolean;

    // @DataMember(Order=5)
    accessToken?: string;

    // @DataMember(Order=6)
    accessTokenSecret?: string;

    // @DataMember(Order=7)
    returnUrl?: string;

    // @DataMember(Order=8)
    errorView?: string;

    // @DataMember(Order=9)
    meta?: { [index:string]: string; };
}

// @DataContract
interface AdminUpdateUser extends AdminUserBase, IReturn<AdminUserResponse>, IPut
{
    // @DataMember(Order=10)
    id?: string;

    // @DataMember(Order=11)
    lockUser?: boolean;

    // @DataMember(Order=12)
    unlockUser?: boolean;

    // @DataMember(Order=13)
    lockUserUntil?: string;

    // @DataMember(Order=14)
    addRoles?: string[];

    // @DataMember(Order=15)
    removeRoles?: string[];

    // @DataMember(Order=16)
    addPermissions?: string[];

    // @DataMember(Order=17)
    removePermissions?: string[];

    // @DataMember(Order=18)
    addClaims?: Property[];

    // @DataMember(Order=19)
    removeClaims?: Property[];
}

interface AdminQueryBackgroundJobs extends QueryDb<BackgroundJob>, IReturn<QueryResponse<BackgroundJob>>
{
    id?: number;
    refId?: string;
}

