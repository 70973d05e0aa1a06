interface GetItemAsync extends IPost
{
    id?: number;
}
