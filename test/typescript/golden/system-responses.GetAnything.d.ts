interface GetAnything
{
}
