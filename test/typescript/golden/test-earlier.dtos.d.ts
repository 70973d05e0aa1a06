/* Options:
Date: 2026-01-02 03:04:05
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://test.servicestack.net

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
    meta?: { [index:string]: string; };
}

interface IHasSessionId
{
    sessionId?: string;
}

interface IHasBearerToken
{
    bearerToken?: string;
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

interface IAuthTokens
{
    provider?: string;
    userId?: string;
    accessToken?: string;
    accessTokenSecret?: string;
    refreshToken?: string;
    refreshTokenExpiry?: string;
    requestToken?: string;
    requestTokenSecret?: string;
    items?: { [index:string]: string; };
}

// @DataContract
interface AuthUserSession
{
    // @DataMember(Order=1)
    referrerUrl?: string;

    // @DataMember(Order=2)
    id?: string;

    // @DataMember(Order=3)
    userAuthId?: string;

    // @DataMember(Order=4)
    userAuthName?: string;

    // @DataMember(Order=5)
    userName?: string;

    // @DataMember(Order=6)
    twitterUserId?: string;

    // @DataMember(Order=7)
    twitterScreenName?: string;

    // @DataMember(Order=8)
    facebookUserId?: string;

    // @DataMember(Order=9)
    facebookUserName?: string;

    // @DataMember(Order=10)
    firstName?: string;

    // @DataMember(Order=11)
    lastName?: string;

    // @DataMember(Order=12)
    displayName?: string;

    // @DataMember(Order=13)
    company?: string;

    // @DataMember(Order=14)
    email?: string;

    // @DataMember(Order=15)
    primaryEmail?: string;

    // @DataMember(Order=16)
    phoneNumber?: string;

    // @DataMember(Order=17)
    birthDate?: string;

    // @DataMember(Order=18)
    birthDateRaw?: string;

    // @DataMember(Order=19)
    address?: string;

    // @DataMember(Order=20)
    address2?: string;

    // @DataMember(Order=21)
    city?: string;

    // @DataMember(Order=22)
    state?: string;

    // @DataMember(Order=23)
    country?: string;

    // @DataMember(Order=24)
    culture?: string;

    // @DataMember(Order=25)
    fullName?: string;

    // @DataMember(Order=26)
    gender?: string;

    // @DataMember(Order=27)
    language?: string;

    // @DataMember(Order=28)
    mailAddress?: string;

    // @DataMember(Order=29)
    nickname?: string;

    // @DataMember(Order=30)
    postalCode?: string;

    // @DataMember(Order=31)
    timeZone?: string;

    // @DataMember(Order=32)
    requestTokenSecret?: string;

    // @DataMember(Order=33)
    createdAt?: string;

    // @DataMember(Order=34)
    lastModified?: string;

    // @DataMember(Order=35)
    roles?: string[];

    // @DataMember(Order=36)
    permissions?: string[];

    // @DataMember(Order=37)
    isAuthenticated?: boolean;

    // @DataMember(Order=38)
    fromToken?: boolean;

    // @DataMember(Order=39)
    profileUrl?: string;

    // @DataMember(Order=40)
    sequence?: string;

    // @DataMember(Order=41)
    tag?: number;

    // @DataMember(Order=42)
    authProvider?: string;

    // @DataMember(Order=43)
    providerOAuthAccess?: IAuthTokens[];
}

interface CreateJwtResponse
{
    token?: string;
    responseStatus?: ResponseStatus;
}

// @DataContract
interface AuthenticateResponse extends IMeta, IHasSessionId, IHasBearerToken
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
    profileUrl?: string;

    // @DataMember(Order=9)
    roles?: string[];

    // @DataMember(Order=10)
    permissions?: string[];

    // @DataMember(Order=11)
    responseStatus?: ResponseStatus;

    // @DataMember(Order=12)
    meta?: { [index:string]: string; };
}

// @Route("/jwt")
interface CreateJwt extends AuthUserSession, IReturn<CreateJwtResponse>
{
    jwtExpiry?: string;
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
    state?: string;

    // @DataMember(Order=3)
    oauth_token?: string;

    // @DataMember(Order=4)
    oauth_verifier?: string;

    // @DataMember(Order=5)
    userName?: string;

    // @DataMember(Order=6)
    password?: string;

    // @DataMember(Order=7)
    rememberMe?: boolean;

    // @DataMember(Order=9)
    errorView?: string;

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
    accessToken?: string;

    // @DataMember(Order=18)
    accessTokenSecret?: string;

    // @DataMember(Order=19)
    scope?: string;

    // @DataMember(Order=20)
    returnUrl?: string;

    // @DataMember(Order=21)
    meta?: { [index:string]: string; };
}

