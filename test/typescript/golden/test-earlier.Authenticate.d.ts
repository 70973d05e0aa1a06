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

/** @description Sign In */
// @Api(Description="Sign In")
// @DataContract
interface Authenticate extends IPost, IMeta
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
