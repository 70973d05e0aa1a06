export class DownloadFile
{
    public path: string;

    public constructor(init?: Partial<DownloadFile>) { (Object as any).assign(this, init); }
}
