interface DownloadFile
{
    path?: string;
}
