import Foundation
import ServiceStack

/**
* Sign In
*/
// @Api(Description="Sign In")
// @DataContract
public class Authenticate : IPost, IMeta, Codable
{
    /**
    * AuthProvider, e.g. credentials
    */
    // @DataMember(Order=1)
    public var provider:String

    // @DataMember(Order=2)
    public var State:String

    // @DataMember(Order=3)
    public var oauth_token:String

    // @DataMember(Order=4)
    public var oauth_verifier:String

    // @DataMember(Order=5)
    public var UserName:String

    // @DataMember(Order=6)
    public var Password:String

    // @DataMember(Order=7)
    public var RememberMe:Bool?

    // @DataMember(Order=9)
    public var ErrorView:String

    // @DataMember(Order=10)
    public var nonce:String

    // @DataMember(Order=11)
    public var uri:String

    // @DataMember(Order=12)
    public var response:String

    // @DataMember(Order=13)
    public var qop:String

    // @DataMember(Order=14)
    public var nc:String

    // @DataMember(Order=15)
    public var cnonce:String

    // @DataMember(Order=17)
    public var AccessToken:String

    // @DataMember(Order=18)
    public var AccessTokenSecret:String

    // @DataMember(Order=19)
    public var scope:String

    // @DataMember(Order=21)
    public var Meta:[String:String] = [:]

    required public init(){}
}

// @DataContract
public class AuthenticateResponse : IMeta, IHasSessionId, IHasBearerToken, Codable
{
    // @DataMember(Order=1)
    public var UserId:String

    // @DataMember(Order=2)
    public var SessionId:String

    // @DataMember(Order=3)
    public var UserName:String

    // @DataMember(Order=4)
    public var DisplayName:String

    // @DataMember(Order=5)
    public var ReferrerUrl:String

    // @DataMember(Order=6)
    public var BearerToken:String

    // @DataMember(Order=7)
    public var RefreshToken:String

    // @DataMember(Order=8)
    public var ProfileUrl:String

    // @DataMember(Order=9)
    public var Roles:[String] = []

    // @DataMember(Order=10)
    public var Permissions:[String] = []

    // @DataMember(Order=11)
    public var ResponseStatus:ResponseStatus

    // @DataMember(Order=12)
    public var Meta:[String:String] = [:]

    required public init(){}
}

