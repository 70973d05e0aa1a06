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

export class QueryDb<T> extends QueryBase
{

    public constructor(init?: Partial<QueryDb<T>>) { super(init); (Object as any).assign(this, init); }
}

export enum BackgroundJobState
{
    Queued = 'Queued',
    Started = 'Started',
    Executed = 'Executed',
    Completed = 'Completed',
    Failed = 'Failed',
    Cancelled = 'Cancelled',
}

export class BackgroundJobBase
{
    public id: number;
    public parentId?: number;
    public refId: string;
    public worker: string;
    public tag: string;
    public batchId: string;
    public callback: string;
    public dependsOn?: number;
    public runAfter?: string;
    public createdDate: string;
    public createdBy: string;
    public requestId: string;
    public requestType: string;
    public command: string;
    public request: string;
    // @StringLength(2147483647)
    public requestBody: string;

    public userId: string;
    public response: string;
    // @StringLength(2147483647)
    public responseBody: string;

    public state: BackgroundJobState;
    public startedDate?: string;
    public completedDate?: string;
    public notifiedDate?: string;
    public retryLimit?: number;
    public attempts: number;
    public durationMs: number;
    public timeoutSecs?: number;
    public progress?: number;
    public status: string;
    // @StringLength(2147483647)
    public logs: string;

    public lastActivityDate?: string;
    public replyTo: string;
    public errorCode: string;
    public error: ResponseStatus;
    public args: { [index:string]: string; };
    public meta: { [index:string]: string; };

    public constructor(init?: Partial<BackgroundJobBase>) { (Object as any).assign(this, init); }
}

export class BackgroundJob extends BackgroundJobBase
{
    public id: number;

    public constructor(init?: Partial<BackgroundJob>) { super(init); (Object as any).assign(this, init); }
}

// @DataContract
export class QueryResponse<T>
{
    // @DataMember(Order=1)
    public offset: number;

    // @DataMember(Order=2)
    public total: number;

    // @DataMember(Order=3)
    public results: T[] = [];

    // @DataMember(Order=4)
    public meta: { [index:string]: string; };

    // @DataMember(Order=5)
    public responseStatus: ResponseStatus;

    public constructor(init?: Partial<QueryResponse<T>>) { (Object as any).assign(this, init); }
}

export class AdminQueryBackgroundJobs extends QueryDb<BackgroundJob>
{
    public id?: number;
    public refId: string;

    public constructor(init?: Partial<AdminQueryBackgroundJobs>) { super(init); (Object as any).assign(this, init); }
}
