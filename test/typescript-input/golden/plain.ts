/* Options:
Date: 2026-01-01 00:00:00
Version: 8.91
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: 

//GlobalNamespace: 
//MakePropertiesOptional: False
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//DefaultImports: 
*/


export enum Priority
{
    Low = 'Low',
    Medium = 'Medium',
    High = 'High',
}

export interface Tag
{
    name: string;
    color?: string;
}

export interface Task
{
    id: number;
    title: string;
    done: boolean;
    priority: Priority;
    due?: string;
    tags: Tag[];
    estimates: { [index:string]: number; };
    labels: { [index:string]: string; };
    parent?: Task;
}

export class Project
{
    public name: string;
    public tasks: Task[];

    public constructor(init?: Partial<Project>) { (Object as any).assign(this, init); }
}

export interface Board extends Project
{
    columns: string[];
}

