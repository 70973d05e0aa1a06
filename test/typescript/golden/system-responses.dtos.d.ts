/* Options:
Date: 2026-01-02 03:04:05
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://localhost:5001

//GlobalNamespace: 
//MakePropertiesOptional: True
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//DefaultImports: 
*/


interface IReturn<T>
{
    createResponse(): T;
}

interface IGet
{
}

interface IPost
{
}

interface Item
{
    id?: number;
    name?: string;
}

// @Route("/text/{Path}", "GET")
interface GetText extends IReturn<string>, IGet
{
    path?: string;
}

interface GetBytes extends IReturn<Blob>
{
}

interface GetStream extends IReturn<Blob>
{
}

interface GetAnything extends IReturn<Object>
{
}

interface GetItemAsync extends IPost
{
    id?: number;
}

interface GetItem extends IReturn<Item>, IGet
{
    id?: number;
}

