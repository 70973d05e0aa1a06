import Foundation
import ServiceStack

// @DataContract
public class AdminUpdateUser : AdminUserBase, IPut
{
    // @DataMember(Order=10)
    public var id:String

    // @DataMember(Order=11)
    public var lockUser:Bool?

    // @DataMember(Order=12)
    public var unlockUser:Bool?

    // @DataMember(Order=13)
    public var lockUserUntil:Date?

    // @DataMember(Order=14)
    public var addRoles:[String] = []

    // @DataMember(Order=15)
    public var removeRoles:[String] = []

    // @DataMember(Order=16)
    public var addPermissions:[String] = []

    // @DataMember(Order=17)
    public var removePermissions:[String] = []

    // @DataMember(Order=18)
    public var addClaims:[Property] = []

    // @DataMember(Order=19)
    public var removeClaims:[Property] = []

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
        if addRoles.count > 0 { try container.encode(addRoles, forKey: .addRoles) }
        if removeRoles.count > 0 { try container.encode(removeRoles, forKey: .removeRoles) }
        if addPermissions.count > 0 { try container.encode(addPermissions, forKey: .addPermissions) }
        if removePermissions.count > 0 { try container.encode(removePermissions, forKey: .removePermissions) }
        if addClaims.count > 0 { try container.encode(addClaims, forKey: .addClaims) }
        if removeClaims.count > 0 { try container.encode(removeClaims, forKey: .removeClaims) }
    }
}

// @DataContract
public class AdminUserBase : Codable
{
    // @DataMember(Order=1)
    public var userName:String

    // @DataMember(Order=2)
    public var firstName:String

    // @DataMember(Order=3)
    public var lastName:String

    // @DataMember(Order=4)
    public var displayName:String

    // @DataMember(Order=5)
    public var email:String

    // @DataMember(Order=6)
    public var password:String

    // @DataMember(Order=7)
    public var profileUrl:String

    // @DataMember(Order=8)
    public var phoneNumber:String

    // @DataMember(Order=9)
    public var userAuthProperties:[String:String] = [:]

    // @DataMember(Order=10)
    public var meta:[String:String] = [:]

    required public init(){}
}

// @DataContract
public class Property : Codable
{
    // @DataMember(Order=1)
    public var name:String

    // @DataMember(Order=2)
    public var value:String

    required public init(){}
}

// @DataContract
public class AdminUserResponse : Codable
{
    // @DataMember(Order=1)
    public var id:String

    // @DataMember(Order=2)
    public var result:[String:String] = [:]

    // @DataMember(Order=3)
    public var details:[[String:String]] = []

    // @DataMember(Order=4)
    public var claims:[Property] = []

    // @DataMember(Order=5)
    public var responseStatus:ResponseStatus

    required public init(){}
}

