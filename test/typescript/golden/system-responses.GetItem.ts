export class Item
{
    public id: number;
    public name: string;

    public constructor(init?: Partial<Item>) { (Object as any).assign(this, init); }
}

export class GetItem implements IGet
{
    public id: number;

    public constructor(init?: Partial<GetItem>) { (Object as any).assign(this, init); }
}
