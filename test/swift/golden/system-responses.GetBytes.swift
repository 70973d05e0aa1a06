import Foundation
import ServiceStack

public class GetBytes : Codable
{
    required public init(){}
}

