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
// @Api(Description="Sign In")
// @DataContract
interface Authenticate extends IPost, IMeta
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
