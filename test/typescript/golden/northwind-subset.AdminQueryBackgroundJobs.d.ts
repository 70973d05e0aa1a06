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

interface QueryDb<T> extends QueryBase
{
}

type BackgroundJobState = "Queued" | "Started" | "Executed" | "Completed" | "Failed" | "Cancelled";

interface BackgroundJobBase
{
    id?: number;
    parentId?: number;
    refId?: string;
    worker?: string;
    tag?: string;
    batchId?: string;
    callback?: string;
    dependsOn?: number;
    runAfter?: string;
    createdDate?: string;
    createdBy?: string;
    requestId?: string;
    requestType?: string;
    command?: string;
    request?: string;
    // @StringLength(2147483647)
    requestBody?: string;

    userId?: string;
    response?: string;
    // @StringLength(2147483647)
    responseBody?: string;

    state?: BackgroundJobState;
    startedDate?: string;
    completedDate?: string;
    notifiedDate?: string;
    retryLimit?: number;
    attempts?: number;
    durationMs?: number;
    timeoutSecs?: number;
    progress?: number;
    status?: string;
    // @StringLength(2147483647)
    logs?: string;

    lastActivityDate?: string;
    replyTo?: string;
    errorCode?: string;
    error?: ResponseStatus;
    args?: { [index:string]: string; };
    meta?: { [index:string]: string; };
}

interface BackgroundJob extends BackgroundJobBase
{
    id?: number;
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

interface AdminQueryBackgroundJobs extends QueryDb<BackgroundJob>
{
    id?: number;
    refId?: string;
}
