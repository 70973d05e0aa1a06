export class GetText implements IGet
{
    public path: string;

    public constructor(init?: Partial<GetText>) { (Object as any).assign(this, init); }
}
