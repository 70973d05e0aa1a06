interface GetText extends IGet
{
    path?: string;
}
