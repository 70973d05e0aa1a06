interface Item
{
    id?: number;
    name?: string;
}

interface GetItem extends IGet
{
    id?: number;
}
