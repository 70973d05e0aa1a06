/* Options:
Date: 2026-01-01 00:00:00
SwiftVersion: 6.0
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://localhost:5001

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

public class GetLegacy : IReturn, IGet, Codable
{
    public typealias Return = Legacy

    public var id:Int?

    required public init(){}
}

public class DownloadFile : IReturn, Codable
{
    public typealias Return = Data

    public var path:String?

    required public init(){}
}

public class QueryPosts : QueryDb<Post>, IReturn
{
    public typealias Return = QueryResponse<Post>

    required public init(){ super.init() }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
    }
}

public class QueryPostViews : QueryDb2<Post, PostView>, IReturn
{
    public typealias Return = QueryResponse<PostView>

    required public init(){ super.init() }

    required public init(from decoder: Decoder) throws {
        try super.init(from: decoder)
    }

    public override func encode(to encoder: Encoder) throws {
        try super.encode(to: encoder)
    }
}

public class Legacy : Codable
{
    public var items:[String]?
    public var bag:[String:String]?
    public var ordered:[String:String]?
    public var labels:[String:String]?
    public var point:String?
    public var body:Data?
    public var feed:Stream?
    public var handle:Int?

    required public init(){}
}

/**
* A DTO that shares its name with System.IO.Stream
*/
public class Stream : Codable
{
    public var title:String?

    required public init(){}
}

public class Post : Codable
{
    public var id:Int?
    public var title:String?

    required public init(){}
}

public class PostView : Codable
{
    public var id:Int?

    required public init(){}
}


