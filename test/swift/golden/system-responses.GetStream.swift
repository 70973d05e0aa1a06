import Foundation
import ServiceStack

public class GetStream : Codable
{
    required public init(){}
}

