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

/** @description Sign In */
// @Api(Description="Sign In")
// @DataContract
interface Authenticate extends IPost
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
