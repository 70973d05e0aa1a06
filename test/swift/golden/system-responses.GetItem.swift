import Foundation
import ServiceStack

public class GetItem : IGet, Codable
{
    public var id:Int

    required public init(){}
}

public class Item : Codable
{
    public var id:Int
    public var name:String

    required public init(){}
}

