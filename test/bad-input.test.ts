// Bad input gets one clear line per problem: the file, the JSON pointer (or line:column) and what is wrong.

import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics/diagnostic.js';
import { loadText } from '../src/loaders/index.js';

const api = (types: unknown[], operations: unknown[] = []) => JSON.stringify({ api: { types, operations } });
const type = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'App', ...extra });

const cases: [string, string, string[]][] = [
  ['not JSON', '{', ['bad.json:1:2: not valid JSON: expected a property name in double quotes, found end of input']],
  ['not JSON, later line', '{\n  "api": {\n    "types": [,]\n  }\n}', ["bad.json:3:15: not valid JSON: unexpected ','"]],
  ['not JSON, unterminated string', '{"api": "abc', ['bad.json:1:9: not valid JSON: unterminated string']],
  ['not JSON, trailing text', '{} x', ["bad.json:1:4: not valid JSON: unexpected 'x' after the JSON value"]],
  ['empty file', '', ['bad.json:1:1: not valid JSON: unexpected end of input']],
  [
    'wrong shape: an array',
    '[1, 2]',
    [
      "bad.json /: expected ServiceStack metadata: an object with 'api' (/metadata/app.json) or 'types' and 'operations' (/types/metadata), found an array",
    ],
  ],
  ['wrong shape: properties not a list', JSON.stringify({ types: [{ name: 'A', properties: 'x' }], operations: [] }), ['bad.json /types/0/properties: expected an array, found a string']],
  ['wrong shape: type without a name', api([{ namespace: 'App' }]), ['bad.json /api/types/0/name: expected a non-empty string, found nothing']],
  [
    'duplicate type names',
    api([type('A'), type('A')]),
    ["bad.json /api/types/1/name: duplicate type name 'A' (also declared at bad.json /api/types/0/name)"],
  ],
  [
    // Found by the fuzzer: the docs site had two pages of one name, and its write failed half-way.
    'duplicate operations',
    api([type('Hello')], [{ request: type('Hello') }, { request: type('Hello') }]),
    ["bad.json /api/operations/1: duplicate operation 'Hello' (also declared at bad.json /api/operations/0)"],
  ],
  [
    'base-type cycle',
    api([type('A', { inherits: { name: 'B' } }), type('B', { inherits: { name: 'A' } })]),
    ['bad.json /api/types/0/inherits: base type cycle: A -> B -> A'],
  ],
  ['type inheriting itself', api([type('A', { inherits: { name: 'A' } })]), ['bad.json /api/types/0/inherits: base type cycle: A -> A']],
  [
    'unsafe property name',
    api([type('A', { properties: [{ name: 'x"): pass\nimport os', type: 'String' }] })]),
    ['bad.json /api/types/0/properties/0/name: property name \'x"): pass\\nimport os\' is not a safe identifier'],
  ],
  ['unsafe type name', api([type('A; drop')]), ["bad.json /api/types/0/name: type name 'A; drop' is not a safe identifier"]],
  [
    'unsafe enum member',
    api([type('Color', { isEnum: true, enumNames: ['Red', 'Green */ evil()'] })]),
    ["bad.json /api/types/0/enumNames/1: enum member 'Green */ evil()' is not a safe identifier"],
  ],
];

describe('bad input: exact diagnostics', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const result = loadText(text, 'bad.json');
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected);
  });
});

// What ServiceStack's generators accept, dtogen accepts: a reference to a type the document does
// not describe is typed as Object, with a located warning, and the model still loads.
const warned: [string, string, string[]][] = [
  ['unknown type reference', api([type('A', { properties: [{ name: 'B', type: 'Missing' }] })]), [
    "bad.json /api/types/0/properties/0/type: warning: unknown type 'Missing': the document does not describe it; typed as Object",
  ]],
  ['unknown generic argument', api([type('A', { properties: [{ name: 'B', type: 'List`1', genericArgs: ['Missing'] }] })]), [
    "bad.json /api/types/0/properties/0/genericArgs/0: warning: unknown type 'Missing': the document does not describe it; typed as Object",
  ]],
  ['unknown base type', api([type('A', { inherits: { name: 'Missing' } })]), [
    "bad.json /api/types/0/inherits/name: warning: unknown type 'Missing': the document does not describe it; typed as Object",
  ]],
];

describe('undescribed types: warnings, and the model loads', () => {
  it.each(warned)('%s', (_name, text, expected) => {
    const result = loadText(text, 'bad.json');
    expect(result.model).toBeDefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected);
  });

  it('an undescribed base is no base, and an undescribed interface is not implemented', () => {
    const { model } = loadText(api([type('A', { inherits: { name: 'Missing' }, implements: [{ name: 'IMissing' }] })]), 'bad.json');
    const a = model?.types.find((t) => t.id === 'A');
    expect(a?.kind === 'class' ? [a.base, a.implements] : undefined).toEqual([undefined, []]);
  });
});
