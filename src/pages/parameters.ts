// The Metadata tab of an operation page: one parameter table per type the operation uses (its
// request, the request's base types, the types their properties use, the response), and a
// Name/Value/description table per enum.

import type { ClassDecl, EnumDecl, MetadataModel, Operation, Property, TypeDecl } from '../model/types.js';
import { dependencyIds, depthFirst, forEachNamedId, typesById } from '../model/walk.js';
import { csharpType } from './csharp-type.js';
import { MAX_PAGE_TYPES } from './page-bounds.js';

export interface ParameterTable {
  title: string;
  /** Empty for an enum without values: ServiceStack prints its table without a header. */
  columns: string[];
  rows: string[][];
  /** Per row, what the Description cell adds after the description (parameter tables). */
  limits?: (PropertyLimits | null)[];
}

/** What a property accepts, as the Description cell of ServiceStack's pages lists it (BMH:320-335). */
export interface PropertyLimits {
  allowableValues: string[];
  /** `Valid Range: min - max`; the max is empty when only a min is known. */
  validRange: string | null;
}

/** Error types ServiceStack leaves off pages (ShowResponseStatusInMetadataPages is off). */
const HIDDEN = new Set(['ResponseStatus', 'ResponseError']);

export function parameterTables(model: MetadataModel, op: Operation): ParameterTable[] {
  const byId = typesById(model);
  const tables: ParameterTable[] = [];
  for (const decl of pageTypes(op, byId)) {
    if (decl.kind === 'enum') {
      tables.push(enumTable(decl));
      continue;
    }
    // A type without properties has nothing to tabulate (ServiceStack's pages show no table for it).
    if (decl.properties.length === 0) continue;
    const isRequest = decl.id === op.request;
    tables.push({
      title: `${decl.displayType ?? displayName(decl)} Parameters:`,
      columns: ['Name', 'Parameter', 'Data Type', 'Required', 'Description'],
      rows: decl.properties.map((p) => [
        p.name,
        p.paramType ?? (isRequest ? requestParameterKind(op, p.name) : 'form'),
        p.displayType ?? attributeArg(p, 'ApiMember', 'DataType') ?? csharpType(p.type, byId),
        p.isRequired ? 'Yes' : 'No',
        p.description ?? '',
      ]),
      limits: decl.properties.map(propertyLimits),
    });
  }
  return tables;
}

/** The rows as text: the Description cell followed by its allowable values and valid range. */
export function textRows(table: ParameterTable): string[][] {
  return table.rows.map((row, i) => {
    const limits = table.limits?.[i];
    if (!limits) return row;
    const extra = [
      ...(limits.allowableValues.length > 0 ? [`Allowable Values: ${limits.allowableValues.join(', ')}`] : []),
      ...(limits.validRange !== null ? [limits.validRange] : []),
    ];
    return [...row.slice(0, -1), [row[row.length - 1] ?? '', ...extra].filter((t) => t !== '').join(' ')];
  });
}

/**
 * Name, Value and description, as ServiceStack's enum tables: the Value column (and the header)
 * only when the metadata gives values, the description column only when a member has one.
 */
function enumTable(decl: EnumDecl): ParameterTable {
  const hasValues = decl.members.some((m) => m.value !== undefined || m.memberValue !== undefined);
  const hasDescriptions = decl.members.some((m) => m.description !== undefined);
  return {
    title: `${decl.displayType ?? decl.name} Enum:`,
    columns: hasValues ? ['Name', 'Value', ...(hasDescriptions ? [''] : [])] : [],
    rows: decl.members.map((m, i) => [m.name, ...(hasValues ? [enumValueText(decl, i)] : []), ...(hasDescriptions ? [m.description ?? ''] : [])]),
  };
}

/** A generic definition as C# writes it (`Result<T>`): ServiceStack's caption for its table. */
function displayName(decl: ClassDecl): string {
  return decl.genericParams.length > 0 ? `${decl.name}<${decl.genericParams.join(', ')}>` : decl.name;
}

/**
 * The property's allowable values and range: the metadata's own fields, else its [Input]'s, else
 * an [ApiAllowableValues] attribute the metadata carries (inputs written as source).
 */
function propertyLimits(p: Property): PropertyLimits | null {
  const attribute = allowableValuesAttribute(p);
  const allowableValues = p.allowableValues ?? p.input?.allowableValues ?? attribute.values;
  const min = p.allowableMin ?? integerText(p.input?.min) ?? attribute.min;
  const max = p.allowableMax ?? integerText(p.input?.max) ?? attribute.max;
  if (allowableValues.length === 0 && min === undefined) return null;
  return { allowableValues, validRange: min === undefined ? null : `Valid Range: ${min} - ${max ?? ''}` };
}

/** `[ApiAllowableValues(Values=…)]`, `(Min=…, Max=…)`, or its constructor arguments by name or type. */
function allowableValuesAttribute(p: Property): { values: string[]; min?: number; max?: number } {
  const a = p.attributes.find((x) => x.name === 'ApiAllowableValues');
  if (!a) return { values: [] };
  const named = (name: string) => a.args.find((x) => x.name === name || (x.name === undefined && x.param?.toLowerCase() === name.toLowerCase()));
  const numbers = a.args.filter((x) => x.name === undefined && x.param === undefined && /^Int(16|32|64)$/.test(x.type)).map((x) => integerText(x.value));
  const values = named('Values')?.value;
  const min = integerText(named('Min')?.value) ?? numbers[0];
  const max = integerText(named('Max')?.value) ?? numbers[1];
  return {
    values: values === undefined || values === '' ? [] : values.split(',').map((v) => v.trim()),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

function attributeArg(p: Property, attribute: string, arg: string): string | undefined {
  const value = p.attributes.find((a) => a.name === attribute)?.args.find((x) => x.name === arg)?.value;
  return value === '' ? undefined : value;
}

/** ServiceStack reads [Input] min/max with int.TryParse: other text is no bound. */
function integerText(text: string | undefined): number | undefined {
  return text !== undefined && /^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : undefined;
}

/**
 * Request, base types and property types first, depth first, then the response's: what the page
 * documents, up to MAX_PAGE_TYPES. Implemented interfaces are markers, not documented types.
 */
function pageTypes(op: Operation, byId: ReadonlyMap<string, TypeDecl>): TypeDecl[] {
  const roots = [op.request];
  if (op.response) forEachNamedId(op.response, (id) => roots.push(id));
  const out: TypeDecl[] = [];
  depthFirst(
    roots,
    (id) => {
      const decl = byId.get(id);
      return decl ? dependencyIds(decl) : [];
    },
    {
      enter: (id) => {
        const decl = byId.get(id);
        if (!decl || HIDDEN.has(decl.id) || out.length >= MAX_PAGE_TYPES) return false;
        out.push(decl);
        return true;
      },
    },
  );
  return out;
}

/** Where ServiceStack says a request property travels: in the path, the query string or the body. */
function requestParameterKind(op: Operation, name: string): string {
  if (op.routes.some((r) => r.path.toLowerCase().includes(`{${name.toLowerCase()}}`))) return 'path';
  const acceptsBody = op.routes.some((r) => r.verbs.includes('POST') || r.verbs.includes('PUT'));
  return acceptsBody ? 'body' : 'query';
}

/** The Value column of an enum's table: the member's [EnumMember(Value)], its number, else its name. */
export function enumValueText(decl: EnumDecl, index: number): string {
  const m = decl.members[index];
  if (!m) return '';
  return m.memberValue ?? String(m.value ?? (decl.isIntEnum ? index : m.name));
}
