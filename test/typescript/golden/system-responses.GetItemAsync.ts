export class GetItemAsync implements IPost
{
    public id: number;

    public constructor(init?: Partial<GetItemAsync>) { (Object as any).assign(this, init); }
}
