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

interface Post
{
    id?: number;
    title?: string;
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

interface QueryPosts extends QueryDb_1<Post>, IReturn<QueryResponse<Post>>
{
}
