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

// @Route("/text/{Path}", "GET")
public class GetText : IReturn, IGet, Codable
{
    public typealias Return = String

    public var path:String?

    required public init(){}
}

public class GetBytes : IReturn, Codable
{
    public typealias Return = [UInt8]

    required public init(){}
}

public class GetStream : IReturn, Codable
{
    public typealias Return = Data

    required public init(){}
}

public class GetAnything : IReturn, Codable
{
    public typealias Return = String

    required public init(){}
}

public class GetItemAsync : IPost, Codable
{
    public var id:Int?

    required public init(){}
}

public class GetItem : IReturn, IGet, Codable
{
    public typealias Return = Item

    public var id:Int?

    required public init(){}
}

public class Item : Codable
{
    public var id:Int?
    public var name:String?

    required public init(){}
}


