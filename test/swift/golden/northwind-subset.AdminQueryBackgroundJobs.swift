import Foundation
import ServiceStack

public class AdminQueryBackgroundJobs : QueryDb<BackgroundJob>
{
    public var id:Int?
    public var refId:String

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

public class BackgroundJob : BackgroundJobBase
{
    public var id:Int

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

public class BackgroundJobBase : Codable
{
    public var id:Int
    public var parentId:Int?
    public var refId:String
    public var worker:String
    public var tag:String
    public var batchId:String
    public var callback:String
    public var dependsOn:Int?
    public var runAfter:Date?
    public var createdDate:Date
    public var createdBy:String
    public var requestId:String
    public var requestType:String
    public var command:String
    public var request:String
    // @StringLength(Int32.max)
    public var requestBody:String

    public var userId:String
    public var response:String
    // @StringLength(Int32.max)
    public var responseBody:String

    public var state:BackgroundJobState
    public var startedDate:Date?
    public var completedDate:Date?
    public var notifiedDate:Date?
    public var retryLimit:Int?
    public var attempts:Int
    public var durationMs:Int
    public var timeoutSecs:Int?
    public var progress:Double?
    public var status:String
    // @StringLength(Int32.max)
    public var logs:String

    public var lastActivityDate:Date?
    public var replyTo:String
    public var errorCode:String
    public var error:ResponseStatus
    public var args:[String:String] = [:]
    public var meta:[String:String] = [:]

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

