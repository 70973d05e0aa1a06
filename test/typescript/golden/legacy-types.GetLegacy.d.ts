/** @description A DTO that shares its name with System.IO.Stream */
interface Stream
{
    title?: string;
}

interface Legacy
{
    items?: Object[];
    bag?: { [index:string]: Object; };
    ordered?: { [index:string]: Object; };
    labels?: { [index:string]: string; };
    point?: string;
    body?: string;
    feed?: Stream;
    handle?: number;
}

interface GetLegacy extends IGet
{
    id?: number;
}
