import Foundation
import ServiceStack

public class GetItemAsync : IPost, Codable
{
    public var id:Int

    required public init(){}
}

