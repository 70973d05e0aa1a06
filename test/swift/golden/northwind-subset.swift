/* Options:
Date: 2026-01-01 00:00:00
SwiftVersion: 6.0
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: http://localhost:20000

//BaseClass: 
//AddModelExtensions: True
//AddServiceStackTypes: True
//MakePropertiesOptional: True
//IncludeTypes: 
//ExcludeTypes: 
//ExcludeGenericBaseTypes: False
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//InitializeCollections: False
//TreatTypesAsStrings: 
//DefaultImports: Foundation,ServiceStack
*/

import Foundation
import ServiceStack

/**
* Sign In
*/
// @Route("/auth", "GET,POST")
// @Route("/auth/{provider}", "GET,POST")
// @Api(Description="Sign In")
// @DataContract
public class Authenticate : IReturn, IPost, Codable
{
    public typealias Return = AuthenticateResponse

    /**
    * AuthProvider, e.g. credentials
    */
    // @DataMember(Order=1)
    public var provider:String?

    // @DataMember(Order=2)
    public var userName:String?

    // @DataMember(Order=3)
    public var password:String?

    // @DataMember(Order=4)
    public var rememberMe:Bool?

    // @DataMember(Order=5)
    public var accessToken:String?

    // @DataMember(Order=6)
    public var accessTokenSecret:String?

    // @DataMember(Order=7)
    public var returnUrl:String?

    // @DataMember(Order=8)
    public var errorView:String?

    // @DataMember(Order=9)
    public var meta:[String:String]?

    required public init(){}
}

// @DataContract
public class AdminUpdateUser : AdminUserBase, IReturn, IPut
{
    public typealias Return = AdminUserResponse

    // @DataMember(Order=10)
    public var id:String?

    // @DataMember(Order=11)
    public var lockUser:Bool?

    // @DataMember(Order=12)
    public var unlockUser:Bool?

    // @DataMember(Order=13)
    public var lockUserUntil:Date?

    // @DataMember(Order=14)
    public var addRoles:[String]?

    // @DataMember(Order=15)
    public var removeRoles:[String]?

    // @DataMember(Order=16)
    public var addPermissions:[String]?

    // @DataMember(Order=17)
    public var removePermissions:[String]?

    // @DataMember(Order=18)
    public var addClaims:[Property]?

    // @DataMember(Order=19)
    public var removeClaims:[Property]?

    required public init(){ super.init() }

    private enum CodingKeys : String, CodingKey {
        case id
        case lockUser
        case unlockUser
        case lockUserUntil
        case addRoles
        case removeRoles
        case addPermissions
        case removePermissions
        case addClaims
        case removeClaims
    }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        lockUser = try container.decodeIfPresent(Bool.self, forKey: .lockUser)
        unlockUser = try container.decodeIfPresent(Bool.self, forKey: .unlockUser)
        lockUserUntil = try container.decodeIfPresent(Date.self, forKey: .lockUserUntil)
        addRoles = try container.decodeIfPresent([String].self, forKey: .addRoles) ?? []
        removeRoles = try container.decodeIfPresent([String].self, forKey: .removeRoles) ?? []
        addPermissions = try container.decodeIfPresent([String].self, forKey: .addPermissions) ?? []
        removePermissions = try container.decodeIfPresent([String].self, forKey: .removePermissions) ?? []
        addClaims = try container.decodeIfPresent([Property].self, forKey: .addClaims) ?? []
        removeClaims = try container.decodeIfPresent([Property].self, forKey: .removeClaims) ?? []
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        if id != nil { try container.encode(id, forKey: .id) }
        if lockUser != nil { try container.encode(lockUser, forKey: .lockUser) }
        if unlockUser != nil { try container.encode(unlockUser, forKey: .unlockUser) }
        if lockUserUntil != nil { try container.encode(lockUserUntil, forKey: .lockUserUntil) }
        if addRoles != nil { try container.encode(addRoles, forKey: .addRoles) }
        if removeRoles != nil { try container.encode(removeRoles, forKey: .removeRoles) }
        if addPermissions != nil { try container.encode(addPermissions, forKey: .addPermissions) }
        if removePermissions != nil { try container.encode(removePermissions, forKey: .removePermissions) }
        if addClaims != nil { try container.encode(addClaims, forKey: .addClaims) }
        if removeClaims != nil { try container.encode(removeClaims, forKey: .removeClaims) }
    }
}

public class AdminQueryBackgroundJobs : QueryDb<BackgroundJob>, IReturn
{
    public typealias Return = QueryResponse<BackgroundJob>

    public var id:Int?
    public var refId:String?

    required public init(){ super.init() }

    private enum CodingKeys : String, CodingKey {
        case id
        case refId
    }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
        refId = try container.decodeIfPresent(String.self, forKey: .refId)
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        if id != nil { try container.encode(id, forKey: .id) }
        if refId != nil { try container.encode(refId, forKey: .refId) }
    }
}

// @DataContract
public class AuthenticateResponse : IHasSessionId, IHasBearerToken, Codable
{
    // @DataMember(Order=1)
    public var userId:String?

    // @DataMember(Order=2)
    public var sessionId:String?

    // @DataMember(Order=3)
    public var userName:String?

    // @DataMember(Order=4)
    public var displayName:String?

    // @DataMember(Order=5)
    public var referrerUrl:String?

    // @DataMember(Order=6)
    public var bearerToken:String?

    // @DataMember(Order=7)
    public var refreshToken:String?

    // @DataMember(Order=8)
    public var refreshTokenExpiry:Date?

    // @DataMember(Order=9)
    public var profileUrl:String?

    // @DataMember(Order=10)
    public var roles:[String]?

    // @DataMember(Order=11)
    public var permissions:[String]?

    // @DataMember(Order=12)
    public var authProvider:String?

    // @DataMember(Order=13)
    public var responseStatus:ResponseStatus?

    // @DataMember(Order=14)
    public var meta:[String:String]?

    required public init(){}
}

// @DataContract
public class AdminUserResponse : Codable
{
    // @DataMember(Order=1)
    public var id:String?

    // @DataMember(Order=2)
    public var result:[String:String]?

    // @DataMember(Order=3)
    public var details:[[String:String]]?

    // @DataMember(Order=4)
    public var claims:[Property]?

    // @DataMember(Order=5)
    public var responseStatus:ResponseStatus?

    required public init(){}
}

// @DataContract
public class Property : Codable
{
    // @DataMember(Order=1)
    public var name:String?

    // @DataMember(Order=2)
    public var value:String?

    required public init(){}
}

// @DataContract
public class AdminUserBase : Codable
{
    // @DataMember(Order=1)
    public var userName:String?

    // @DataMember(Order=2)
    public var firstName:String?

    // @DataMember(Order=3)
    public var lastName:String?

    // @DataMember(Order=4)
    public var displayName:String?

    // @DataMember(Order=5)
    public var email:String?

    // @DataMember(Order=6)
    public var password:String?

    // @DataMember(Order=7)
    public var profileUrl:String?

    // @DataMember(Order=8)
    public var phoneNumber:String?

    // @DataMember(Order=9)
    public var userAuthProperties:[String:String]?

    // @DataMember(Order=10)
    public var meta:[String:String]?

    required public init(){}
}

public enum BackgroundJobState : String, Codable
{
    case Queued
    case Started
    case Executed
    case Completed
    case Failed
    case Cancelled
}

public class BackgroundJobBase : Codable
{
    public var id:Int?
    public var parentId:Int?
    public var refId:String?
    public var worker:String?
    public var tag:String?
    public var batchId:String?
    public var callback:String?
    public var dependsOn:Int?
    public var runAfter:Date?
    public var createdDate:Date?
    public var createdBy:String?
    public var requestId:String?
    public var requestType:String?
    public var command:String?
    public var request:String?
    // @StringLength(Int32.max)
    public var requestBody:String?

    public var userId:String?
    public var response:String?
    // @StringLength(Int32.max)
    public var responseBody:String?

    public var state:BackgroundJobState?
    public var startedDate:Date?
    public var completedDate:Date?
    public var notifiedDate:Date?
    public var retryLimit:Int?
    public var attempts:Int?
    public var durationMs:Int?
    public var timeoutSecs:Int?
    public var progress:Double?
    public var status:String?
    // @StringLength(Int32.max)
    public var logs:String?

    public var lastActivityDate:Date?
    public var replyTo:String?
    public var errorCode:String?
    public var error:ResponseStatus?
    public var args:[String:String]?
    public var meta:[String:String]?

    required public init(){}
}

public class BackgroundJob : BackgroundJobBase
{
    public var id:Int?

    required public init(){ super.init() }

    private enum CodingKeys : String, CodingKey {
        case id
    }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int.self, forKey: .id)
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        if id != nil { try container.encode(id, forKey: .id) }
    }
}


