interface GetStream
{
}
