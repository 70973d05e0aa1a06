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

interface CreateJwt extends AuthUserSession
{
    jwtExpiry?: string;
}
