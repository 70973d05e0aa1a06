export class GetBytes
{

    public constructor(init?: Partial<GetBytes>) { (Object as any).assign(this, init); }
}
