// Definitions of the ServiceStack library types that metadata documents reference but do not
// always describe: `/types/metadata` filters ServiceStack's own types out, and older servers list
// `QueryResponse`1` only closed over a concrete type. They are written in the metadata JSON shape
// and go through the same loader as the input, added only when a document references them
// without declaring them.

import type { JsonObject } from './reader.js';

const prop = (name: string, type: string, extra: JsonObject = {}): JsonObject => ({
  name,
  type,
  namespace: type.startsWith('List') || type.startsWith('Dictionary') ? 'System.Collections.Generic' : 'System',
  ...extra,
});
const str = (name: string, order?: number) => prop(name, 'String', order ? { dataMember: { order } } : {});
const dict = (name: string, order?: number) =>
  prop(name, 'Dictionary`2', { genericArgs: ['String', 'String'], ...(order ? { dataMember: { order } } : {}) });
const status = (order: number) => ({ name: 'ResponseStatus', type: 'ResponseStatus', namespace: 'ServiceStack', dataMember: { order } });
const iface = (name: string, properties: JsonObject[] = [], genericArgs?: string[]): JsonObject => ({
  name,
  namespace: 'ServiceStack',
  ...(genericArgs ? { genericArgs, isGenericTypeDef: true } : {}),
  isInterface: true,
  isAbstract: true,
  ...(properties.length ? { properties } : {}),
});
const nullableInt = (name: string, order: number) =>
  prop(name, 'Nullable`1', { genericArgs: ['Int32'], isValueType: true, dataMember: { order } });

export const SERVICESTACK_BUILTINS: readonly JsonObject[] = [
  {
    name: 'ResponseStatus',
    namespace: 'ServiceStack',
    dataContract: {},
    properties: [
      str('ErrorCode', 1),
      str('Message', 2),
      str('StackTrace', 3),
      prop('Errors', 'List`1', { genericArgs: ['ResponseError'], dataMember: { order: 4 } }),
      dict('Meta', 5),
    ],
  },
  {
    name: 'ResponseError',
    namespace: 'ServiceStack',
    dataContract: {},
    properties: [str('ErrorCode', 1), str('FieldName', 2), str('Message', 3), dict('Meta', 4)],
  },
  {
    name: 'QueryBase',
    namespace: 'ServiceStack',
    isAbstract: true,
    dataContract: {},
    properties: [
      nullableInt('Skip', 1),
      nullableInt('Take', 2),
      str('OrderBy', 3),
      str('OrderByDesc', 4),
      str('Include', 5),
      str('Fields', 6),
      dict('Meta', 7),
    ],
  },
  ...(['QueryDb', 'QueryData'] as const).flatMap((name) => [
    { name: `${name}\`1`, namespace: 'ServiceStack', genericArgs: ['T'], isGenericTypeDef: true, isAbstract: true, inherits: { name: 'QueryBase', namespace: 'ServiceStack' } },
    { name: `${name}\`2`, namespace: 'ServiceStack', genericArgs: ['From', 'Into'], isGenericTypeDef: true, isAbstract: true, inherits: { name: 'QueryBase', namespace: 'ServiceStack' } },
  ]),
  {
    name: 'QueryResponse`1',
    namespace: 'ServiceStack',
    genericArgs: ['T'],
    isGenericTypeDef: true,
    dataContract: {},
    properties: [
      prop('Offset', 'Int32', { isValueType: true, dataMember: { order: 1 } }),
      prop('Total', 'Int32', { isValueType: true, dataMember: { order: 2 } }),
      prop('Results', 'List`1', { genericArgs: ['T'], dataMember: { order: 3 } }),
      dict('Meta', 4),
      status(5),
    ],
  },
  { name: 'EmptyResponse', namespace: 'ServiceStack', dataContract: {}, properties: [status(1)] },
  { name: 'IdResponse', namespace: 'ServiceStack', dataContract: {}, properties: [str('Id', 1), status(2)] },
  { name: 'StringResponse', namespace: 'ServiceStack', dataContract: {}, properties: [str('Result', 1), dict('Meta', 2), status(3)] },
  {
    name: 'StringsResponse',
    namespace: 'ServiceStack',
    dataContract: {},
    properties: [prop('Results', 'List`1', { genericArgs: ['String'], dataMember: { order: 1 } }), dict('Meta', 2), status(3)],
  },
  {
    name: 'AuditBase',
    namespace: 'ServiceStack',
    isAbstract: true,
    dataContract: {},
    properties: [
      prop('CreatedDate', 'DateTime', { isValueType: true, dataMember: { order: 1 } }),
      str('CreatedBy', 2),
      prop('ModifiedDate', 'DateTime', { isValueType: true, dataMember: { order: 3 } }),
      str('ModifiedBy', 4),
      prop('DeletedDate', 'Nullable`1', { genericArgs: ['DateTime'], isValueType: true, dataMember: { order: 5 } }),
      str('DeletedBy', 6),
    ],
  },
  {
    name: 'KeyValuePair`2',
    namespace: 'System.Collections.Generic',
    genericArgs: ['TKey', 'TValue'],
    isGenericTypeDef: true,
    properties: [prop('Key', 'TKey'), prop('Value', 'TValue')],
  },
  iface('IReturn`1', [], ['T']),
  iface('IReturnVoid'),
  ...['IGet', 'IPost', 'IPut', 'IDelete', 'IPatch', 'IOptions', 'IStream'].map((name) => iface(name)),
  iface('IMeta', [dict('Meta')]),
  iface('IHasSessionId', [str('SessionId')]),
  iface('IHasBearerToken', [str('BearerToken')]),
  iface('IHasVersion', [prop('Version', 'Int32', { isValueType: true })]),
  ...['ICreateDb', 'IUpdateDb', 'IPatchDb', 'IDeleteDb', 'ISaveDb'].map((name) => iface(`${name}\`1`, [], ['Table'])),
];
