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

// @DataContract
interface Property
{
    // @DataMember(Order=1)
    name?: string;

    // @DataMember(Order=2)
    value?: string;
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

// @DataContract
interface AdminUpdateUser extends AdminUserBase, IPut
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
