import Foundation
import ServiceStack

public class DownloadFile : Codable
{
    public var path:String

    required public init(){}
}

