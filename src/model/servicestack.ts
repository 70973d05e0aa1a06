// ServiceStack's AutoQuery and CRUD request markers (ServiceStack.Client's Crud.cs): what several
// of its rules recognise requests by.

/** Bases an AutoQuery request inherits (`QueryDb<Table>`, `QueryData<T>`, and their Into forms). */
export const AUTOQUERY_BASES: ReadonlySet<string> = new Set(['QueryDb`1', 'QueryDb`2', 'QueryData`1', 'QueryData`2']);

/** Interfaces a CRUD request implements (`ICreateDb<Table>`…): their argument is the table. */
export const CRUD_INTERFACES: ReadonlySet<string> = new Set(['ICreateDb`1', 'IUpdateDb`1', 'IPatchDb`1', 'IDeleteDb`1', 'ISaveDb`1']);
