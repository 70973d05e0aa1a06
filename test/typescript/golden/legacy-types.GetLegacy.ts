/** @description A DTO that shares its name with System.IO.Stream */
export class Stream
{
    public title: string;

    public constructor(init?: Partial<Stream>) { (Object as any).assign(this, init); }
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

export class GetLegacy implements IGet
{
    public id: number;

    public constructor(init?: Partial<GetLegacy>) { (Object as any).assign(this, init); }
}
