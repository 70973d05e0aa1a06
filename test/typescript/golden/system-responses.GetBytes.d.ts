interface GetBytes
{
}
