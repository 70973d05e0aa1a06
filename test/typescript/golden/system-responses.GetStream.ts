export class GetStream
{

    public constructor(init?: Partial<GetStream>) { (Object as any).assign(this, init); }
}
