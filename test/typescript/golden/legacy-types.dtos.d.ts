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


/** @description A DTO that shares its name with System.IO.Stream */
interface Stream
{
    title?: string;
}

interface Post
{
    id?: number;
    title?: string;
}

interface PostView
{
    id?: number;
}

// @DataContract
interface ResponseError
{
    // @DataMember(Order=1)
    errorCode?: string;

    // @DataMember(Order=2)
    fieldName?: string;

    // @DataMember(Order=3)
    message?: string;

    // @DataMember(Order=4)
    meta?: { [index:string]: string; };
}

// @DataContract
interface ResponseStatus
{
    // @DataMember(Order=1)
    errorCode?: string;

    // @DataMember(Order=2)
    message?: string;

    // @DataMember(Order=3)
    stackTrace?: string;

    // @DataMember(Order=4)
    errors?: ResponseError[];

    // @DataMember(Order=5)
    meta?: { [index:string]: string; };
}

// @DataContract
interface QueryResponse<T>
{
    // @DataMember(Order=1)
    offset?: number;

    // @DataMember(Order=2)
    total?: number;

    // @DataMember(Order=3)
    results?: T[];

    // @DataMember(Order=4)
    meta?: { [index:string]: string; };

    // @DataMember(Order=5)
    responseStatus?: ResponseStatus;
}

interface IGet
{
}

// @DataContract
interface QueryBase
{
    // @DataMember(Order=1)
    skip?: number;

    // @DataMember(Order=2)
    take?: number;

    // @DataMember(Order=3)
    orderBy?: string;

    // @DataMember(Order=4)
    orderByDesc?: string;

    // @DataMember(Order=5)
    include?: string;

    // @DataMember(Order=6)
    fields?: string;

    // @DataMember(Order=7)
    meta?: { [index:string]: string; };
}

interface QueryDb_1<T> extends QueryBase
{
}

interface IReturn<T>
{
    createResponse(): T;
}

interface QueryDb_2<From, Into> extends QueryBase
{
}

interface Legacy
{
    items?: Object[];
    bag?: { [index:string]: Object; };
    ordered?: { [index:string]: Object; };
    labels?: { [index:string]: string; };
    point?: string;
    body?: string;
    feed?: Stream;
    handle?: number;
}

interface GetLegacy extends IReturn<Legacy>, IGet
{
    id?: number;
}

interface DownloadFile extends IReturn<Blob>
{
    path?: string;
}

interface QueryPosts extends QueryDb_1<Post>, IReturn<QueryResponse<Post>>
{
}

interface QueryPostViews extends QueryDb_2<Post, PostView>, IReturn<QueryResponse<PostView>>
{
}

