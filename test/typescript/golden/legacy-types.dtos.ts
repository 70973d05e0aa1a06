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


/** @description A DTO that shares its name with System.IO.Stream */
export class Stream
{
    public title: string;

    public constructor(init?: Partial<Stream>) { (Object as any).assign(this, init); }
}

export class Post
{
    public id: number;
    public title: string;

    public constructor(init?: Partial<Post>) { (Object as any).assign(this, init); }
}

export class PostView
{
    public id: number;

    public constructor(init?: Partial<PostView>) { (Object as any).assign(this, init); }
}

// @DataContract
export class ResponseError
{
    // @DataMember(Order=1)
    public errorCode: string;

    // @DataMember(Order=2)
    public fieldName: string;

    // @DataMember(Order=3)
    public message: string;

    // @DataMember(Order=4)
    public meta: { [index:string]: string; };

    public constructor(init?: Partial<ResponseError>) { (Object as any).assign(this, init); }
}

// @DataContract
export class ResponseStatus
{
    // @DataMember(Order=1)
    public errorCode: string;

    // @DataMember(Order=2)
    public message: string;

    // @DataMember(Order=3)
    public stackTrace: string;

    // @DataMember(Order=4)
    public errors: ResponseError[];

    // @DataMember(Order=5)
    public meta: { [index:string]: string; };

    public constructor(init?: Partial<ResponseStatus>) { (Object as any).assign(this, init); }
}

// @DataContract
export class QueryResponse<T>
{
    // @DataMember(Order=1)
    public offset: number;

    // @DataMember(Order=2)
    public total: number;

    // @DataMember(Order=3)
    public results: T[];

    // @DataMember(Order=4)
    public meta: { [index:string]: string; };

    // @DataMember(Order=5)
    public responseStatus: ResponseStatus;

    public constructor(init?: Partial<QueryResponse<T>>) { (Object as any).assign(this, init); }
}

export interface IGet
{
}

// @DataContract
export class QueryBase
{
    // @DataMember(Order=1)
    public skip?: number;

    // @DataMember(Order=2)
    public take?: number;

    // @DataMember(Order=3)
    public orderBy: string;

    // @DataMember(Order=4)
    public orderByDesc: string;

    // @DataMember(Order=5)
    public include: string;

    // @DataMember(Order=6)
    public fields: string;

    // @DataMember(Order=7)
    public meta: { [index:string]: string; };

    public constructor(init?: Partial<QueryBase>) { (Object as any).assign(this, init); }
}

export class QueryDb_1<T> extends QueryBase
{

    public constructor(init?: Partial<QueryDb_1<T>>) { super(init); (Object as any).assign(this, init); }
}

export interface IReturn<T>
{
    createResponse(): T;
}

export class QueryDb_2<From, Into> extends QueryBase
{

    public constructor(init?: Partial<QueryDb_2<From, Into>>) { super(init); (Object as any).assign(this, init); }
}

export class Legacy
{
    public items: Object[];
    public bag: { [index:string]: Object; };
    public ordered: { [index:string]: Object; };
    public labels: { [index:string]: string; };
    public point?: string;
    public body: string;
    public feed: Stream;
    public handle: number;

    public constructor(init?: Partial<Legacy>) { (Object as any).assign(this, init); }
}

export class GetLegacy implements IReturn<Legacy>, IGet
{
    public id: number;

    public constructor(init?: Partial<GetLegacy>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetLegacy'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return new Legacy(); }
}

export class DownloadFile implements IReturn<Blob>
{
    public path: string;

    public constructor(init?: Partial<DownloadFile>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'DownloadFile'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return new Blob(); }
}

export class QueryPosts extends QueryDb_1<Post> implements IReturn<QueryResponse<Post>>
{

    public constructor(init?: Partial<QueryPosts>) { super(init); (Object as any).assign(this, init); }
    public getTypeName() { return 'QueryPosts'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return new QueryResponse<Post>(); }
}

export class QueryPostViews extends QueryDb_2<Post, PostView> implements IReturn<QueryResponse<PostView>>
{

    public constructor(init?: Partial<QueryPostViews>) { super(init); (Object as any).assign(this, init); }
    public getTypeName() { return 'QueryPostViews'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return new QueryResponse<PostView>(); }
}

