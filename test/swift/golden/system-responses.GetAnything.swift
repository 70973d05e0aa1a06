import Foundation
import ServiceStack

public class GetAnything : Codable
{
    required public init(){}
}

