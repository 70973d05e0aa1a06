/* Options:
Date: 2026-01-02 03:04:05
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: https://localhost:5001

//GlobalNamespace: 
//MakePropertiesOptional: False
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//DefaultImports: 
*/


export interface IReturn<T>
{
    createResponse(): T;
}

export interface IGet
{
}

export interface IPost
{
}

export class Item
{
    public id: number;
    public name: string;

    public constructor(init?: Partial<Item>) { (Object as any).assign(this, init); }
}

// @Route("/text/{Path}", "GET")
export class GetText implements IReturn<string>, IGet
{
    public path: string;

    public constructor(init?: Partial<GetText>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetText'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return ''; }
}

export class GetBytes implements IReturn<Blob>
{

    public constructor(init?: Partial<GetBytes>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetBytes'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return new Blob(); }
}

export class GetStream implements IReturn<Blob>
{

    public constructor(init?: Partial<GetStream>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetStream'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return new Blob(); }
}

export class GetAnything implements IReturn<Object>
{

    public constructor(init?: Partial<GetAnything>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetAnything'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return {}; }
}

export class GetItemAsync implements IPost
{
    public id: number;

    public constructor(init?: Partial<GetItemAsync>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetItemAsync'; }
    public getMethod() { return 'POST'; }
    public createResponse() {}
}

export class GetItem implements IReturn<Item>, IGet
{
    public id: number;

    public constructor(init?: Partial<GetItem>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetItem'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return new Item(); }
}

