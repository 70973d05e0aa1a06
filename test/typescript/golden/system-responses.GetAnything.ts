export class GetAnything
{

    public constructor(init?: Partial<GetAnything>) { (Object as any).assign(this, init); }
}
