import Foundation
import ServiceStack

public class GetText : IGet, Codable
{
    public var path:String

    required public init(){}
}

