/* Options:
Date: 2026-01-02 03:04:05
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://cip-reporting-dev.chargeitpro.com

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

interface IPost
{
}

interface IMeta
{
    Meta?: { [index:string]: string; };
}

interface IHasSessionId
{
    SessionId?: string;
}

interface IHasBearerToken
{
    BearerToken?: string;
}

// @DataContract
interface ResponseError
{
    // @DataMember(Order=1)
    ErrorCode?: string;

    // @DataMember(Order=2)
    FieldName?: string;

    // @DataMember(Order=3)
    Message?: string;

    // @DataMember(Order=4)
    Meta?: { [index:string]: string; };
}

// @DataContract
interface ResponseStatus
{
    // @DataMember(Order=1)
    ErrorCode?: string;

    // @DataMember(Order=2)
    Message?: string;

    // @DataMember(Order=3)
    StackTrace?: string;

    // @DataMember(Order=4)
    Errors?: ResponseError[];

    // @DataMember(Order=5)
    Meta?: { [index:string]: string; };
}

// @DataContract
interface AuthenticateResponse extends IMeta, IHasSessionId, IHasBearerToken
{
    // @DataMember(Order=1)
    UserId?: string;

    // @DataMember(Order=2)
    SessionId?: string;

    // @DataMember(Order=3)
    UserName?: string;

    // @DataMember(Order=4)
    DisplayName?: string;

    // @DataMember(Order=5)
    ReferrerUrl?: string;

    // @DataMember(Order=6)
    BearerToken?: string;

    // @DataMember(Order=7)
    RefreshToken?: string;

    // @DataMember(Order=8)
    ProfileUrl?: string;

    // @DataMember(Order=9)
    Roles?: string[];

    // @DataMember(Order=10)
    Permissions?: string[];

    // @DataMember(Order=11)
    ResponseStatus?: ResponseStatus;

    // @DataMember(Order=12)
    Meta?: { [index:string]: string; };
}

/** @description Sign In */
// @Route("/auth", "OPTIONS,GET,POST,DELETE")
// @Route("/auth/{provider}", "OPTIONS,GET,POST,DELETE")
// @Api(Description="Sign In")
// @DataContract
interface Authenticate extends IReturn<AuthenticateResponse>, IPost, IMeta
{
    /** @description AuthProvider, e.g. credentials */
    // @DataMember(Order=1)
    provider?: string;

    // @DataMember(Order=2)
    State?: string;

    // @DataMember(Order=3)
    oauth_token?: string;

    // @DataMember(Order=4)
    oauth_verifier?: string;

    // @DataMember(Order=5)
    UserName?: string;

    // @DataMember(Order=6)
    Password?: string;

    // @DataMember(Order=7)
    RememberMe?: boolean;

    // @DataMember(Order=9)
    ErrorView?: string;

    // @DataMember(Order=10)
    nonce?: string;

    // @DataMember(Order=11)
    uri?: string;

    // @DataMember(Order=12)
    response?: string;

    // @DataMember(Order=13)
    qop?: string;

    // @DataMember(Order=14)
    nc?: string;

    // @DataMember(Order=15)
    cnonce?: string;

    // @DataMember(Order=17)
    AccessToken?: string;

    // @DataMember(Order=18)
    AccessTokenSecret?: string;

    // @DataMember(Order=19)
    scope?: string;

    // @DataMember(Order=21)
    Meta?: { [index:string]: string; };
}

