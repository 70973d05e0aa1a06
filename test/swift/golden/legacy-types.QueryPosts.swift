import Foundation
import ServiceStack

public class QueryPosts : QueryDb<Post>
{
    required public init(){ super.init() }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
    }
}

// @DataContract
public class QueryResponse<T : Codable> : Codable
{
    // @DataMember(Order=1)
    public var offset:Int

    // @DataMember(Order=2)
    public var total:Int

    // @DataMember(Order=3)
    public var results:[T] = []

    // @DataMember(Order=4)
    public var meta:[String:String] = [:]

    // @DataMember(Order=5)
    public var responseStatus:ResponseStatus

    required public init(){}
}

public class Post : Codable
{
    public var id:Int
    public var title:String

    required public init(){}
}

public class QueryDb<T : Codable> : QueryBase
{
    required public init(){ super.init() }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
    }
}

// @DataContract
public class QueryBase : Codable
{
    // @DataMember(Order=1)
    public var skip:Int?

    // @DataMember(Order=2)
    public var take:Int?

    // @DataMember(Order=3)
    public var orderBy:String

    // @DataMember(Order=4)
    public var orderByDesc:String

    // @DataMember(Order=5)
    public var include:String

    // @DataMember(Order=6)
    public var fields:String

    // @DataMember(Order=7)
    public var meta:[String:String] = [:]

    required public init(){}
}

