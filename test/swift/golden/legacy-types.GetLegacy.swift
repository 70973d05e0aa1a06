import Foundation
import ServiceStack

public class GetLegacy : IGet, Codable
{
    public var id:Int

    required public init(){}
}

public class Legacy : Codable
{
    public var items:[String]
    public var bag:[String:String]
    public var ordered:[String:String] = [:]
    public var labels:[String:String] = [:]
    public var point:String?
    public var body:Data
    public var feed:Stream
    public var handle:Int

    required public init(){}
}

/**
* A DTO that shares its name with System.IO.Stream
*/
public class Stream : Codable
{
    public var title:String

    required public init(){}
}

