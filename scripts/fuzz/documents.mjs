// The fuzzer's documents: seeded, so that a seed and an index give the same bytes on every machine.
// Most are ServiceStack metadata JSON, a slice of a bundled fixture or a small synthetic service,
// mutated structurally (wrong JSON types, missing and extra keys, hostile names and text, cycles,
// arity mismatches, deep nesting, duplicates) and sometimes textually (truncated, BOM, odd
// whitespace, bad UTF-8); some are OpenAPI documents and a few TypeScript sources.
//
// Text that tries to become code always carries the marker "pwned": no name the generator makes
// for a real declaration contains it, so an identifier or an HTML element with it in any output
// means that input text turned into code or markup.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (...p) => path.join(ROOT, 'fixtures', ...p);

const METADATA = ['test.json', 'northwind-subset.json', 'reporting.json', 'system-responses.json', 'techstacks.json', 'legacy-types.json', 'test-earlier.json']
  .map((f) => JSON.parse(readFileSync(fixture('metadata', f), 'utf8')));
const OPENAPI = [
  YAML.parse(readFileSync(fixture('openapi', 'mapping.yaml'), 'utf8')),
  JSON.parse(readFileSync(fixture('openapi', 'hostile.json'), 'utf8')),
];
const TYPESCRIPT = ['plain.ts', 'booking.ts'].map((f) => readFileSync(fixture('typescript', f), 'utf8'));

/** A small, fast PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

// Words some language reserves or treats specially, and names JavaScript objects inherit.
const RESERVED = [
  'class', 'def', 'import', 'from', 'None', 'True', 'False', 'lambda', 'yield', 'async', 'await', 'is', 'in', 'not', 'pass', 'global',
  'self', 'print', 'str', 'int', 'List', 'Dict', 'Optional', 'Any', 'Enum', 'dataclass', 'field', 'datetime', 'decimal', 'typing',
  'function', 'var', 'let', 'const', 'new', 'delete', 'typeof', 'instanceof', 'void', 'this', 'super', 'extends', 'implements',
  'interface', 'enum', 'export', 'default', 'any', 'unknown', 'never', 'string', 'number', 'boolean', 'symbol', 'object', 'undefined',
  'null', 'Object', 'Array', 'Blob', 'Date', 'Promise', 'Error', 'eval', 'arguments', 'constructor', 'prototype', '__proto__', 'toString',
  'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', 'struct', 'protocol', 'Type', 'Self', 'Protocol', 'func', 'init',
  'deinit', 'subscript', 'associatedtype', 'inout', 'operator', 'where', 'guard', 'defer', 'repeat', 'some', 'Codable', 'fun', 'val',
  'object', 'when', 'typealias', 'companion', 'data', 'open', 'override', 'internal', 'package', 'Unit', 'Nothing', 'String', 'Int',
  'public', 'private', 'static', 'final', 'abstract', 'native', 'transient', 'volatile', 'synchronized', 'throws', 'goto', 'strictfp',
  'record', 'sealed', 'permits', 'yield', 'var', 'boolean', 'char', 'byte', 'short', 'long', 'float', 'double', 'Integer', 'Long',
  'Boolean', 'Class', 'dtos', 'Map', 'ArrayList', 'HashMap', 'Gson', 'IReturn', 'IReturnVoid', 'ResponseStatus', 'QueryResponse',
];

// Names that are no identifiers: the loader must refuse them with their pointer.
const ODD_NAMES = [
  '', ' ', '1abc', 'Foo-Bar', 'Foo Bar', 'Foo.Bar', 'Foo`', 'Foo`x', 'Foo`0', 'Foo`99999999', 'Foo`99999999999999999999', '`1', 'Foo<T>',
  'Foo<', 'List<', 'List<>', 'Dictionary<String>', 'Café', 'Ünïcödé', 'Foo\u200bBar', 'Foo\u202eBar', '名前', 'Emoji😀', 'Foo\u0000',
  'Foo\tBar', 'Foo\nBar', 'Foo$', '$', '_', '__', 'Foo\\u0041', 'a'.repeat(300), 'Huge'.repeat(3000),
];

// Names that try to close the construct they are written in and declare something.
const INJECTED_NAMES = [
  'X:\nclass Pwned1:\n    pass\n#', 'X {}\nclass Pwned2 {', 'X */ class Pwned3 {} /*', 'X"; class Pwned4 {} "', "X'); import pwned5 #",
  'X<Pwned6>', 'X; pwned7()', '</script><script>pwned8()</script>', 'X\r\nclass Pwned9: pass',
];

// Free text that tries to get out of the comment, string, docstring, or HTML text it is written in.
const TEXT_PAYLOADS = [
  '*/ class PwnedA {} /*', '"""\nclass PwnedB:\n    pass\n"""', "'''\nimport pwnedC\n'''", '\nclass PwnedD:\n    pass',
  '" + pwnedE() + "', '${pwnedF()}', '`${pwnedG}`', '\\u000a class PwnedH {}', '\\"); pwnedI(); //', '\u2028class PwnedJ {}\u2029',
  '<script>pwnedK()</script>', '<img src=x onerror=pwnedL()>', '"><pwned-m onpwned="1">', '</code></pre><pwned-n>', '<!-- --> <pwned-o/>',
  '\u001b]0;pwned\u0007\u001b[2J\rfake line', '\u0000\u0001\u007f\u0085', 'end */ /* nested /* */ class PwnedP {}', '$pwnedQ ${"$"}',
  '# comment\nclass PwnedR: pass', '-->\n<pwned-s>', '\\', '\\\\"', "'", '"', '{{pwnedT}}', '{{{pwnedU}}}', '<%= pwnedV %>',
  'x'.repeat(20000), 'é ü 名前 😀 \u202e reversed', '\r\n\r\n', '\t\v\f',
];

const PRIMITIVE_TYPES = ['String', 'Int32', 'Int64', 'Boolean', 'Double', 'Decimal', 'DateTime', 'Guid', 'TimeSpan', 'Byte[]', 'Object', 'Uri', 'Char'];

/** The document `index` of the run with `seed`: `{ ext, kind, text }` (text may be a Buffer). */
export function fuzzDocument(seed, index) {
  const r = random((seed * 0x9e3779b1) ^ (index * 0x85ebca6b) ^ 0x5bd1e995);
  // One in 64 is TypeScript (ts-morph is slow), one in 12 OpenAPI, the rest metadata JSON.
  if (index % 64 === 63) return { kind: 'typescript', ext: '.ts', text: typescriptDocument(r) };
  if (r.chance(1 / 12)) return { kind: 'openapi', ext: '.json', text: openApiDocument(r) };
  return { kind: 'metadata', ext: '.json', text: metadataDocument(r) };
}

function metadataDocument(r) {
  const doc = r.chance(0.5) ? sliceOf(r, r.pick(METADATA)) : syntheticService(r);
  const mutations = r.int(3) + (r.chance(0.15) ? 0 : 1);
  // Most mutations leave a document that loads (with warnings), so that its output is checked too.
  for (let i = 0; i < mutations; i++) r.pick(r.chance(0.75) ? SOFT : HARD)(r, doc);
  return textual(r, JSON.stringify(doc, null, r.chance(0.5) ? 2 : undefined));
}

/** Some operations of a fixture, with every type, so that references mostly resolve. */
function sliceOf(r, fixtureDoc) {
  const doc = structuredClone(fixtureDoc);
  const ops = doc.api.operations;
  if (ops.length > 2) doc.api.operations = ops.filter(() => r.chance(0.6)).slice(0, 3);
  return doc;
}

/** A small service with the shapes fixtures lack: enums, generics, attributes, routes with verbs. */
function syntheticService(r) {
  const names = [];
  const typeName = () => {
    const n = `${r.pick(['Order', 'Item', 'User', 'Box', 'Page', 'Node', 'Entry', 'Status', 'Kind'])}${names.length}`;
    names.push(n);
    return n;
  };
  const types = [];
  const enumName = typeName();
  types.push({
    name: enumName, namespace: 'App', isEnum: true, enumNames: ['Low', 'Medium', 'High'],
    ...(r.chance(0.5) ? { enumValues: ['0', '1', '2'] } : {}), ...(r.chance(0.3) ? { enumMemberValues: ['low', 'mid', 'high'] } : {}),
    ...(r.chance(0.2) ? { attributes: [{ name: 'Flags' }] } : {}),
  });
  const generic = typeName();
  types.push({ name: `${generic}\`1`, namespace: 'App', genericArgs: ['T'], isGenericTypeDef: true, properties: [{ name: 'Value', type: 'T' }, { name: 'Items', type: 'List`1', namespace: 'System.Collections.Generic', genericArgs: ['T'] }] });
  const model = typeName();
  types.push({
    name: model, namespace: 'App', description: 'A model', attributes: [{ name: 'Api', args: [{ name: 'Description', type: 'String', value: 'about it' }] }],
    properties: [
      { name: 'Id', type: 'Int32', namespace: 'System', isValueType: true, isPrimaryKey: true },
      { name: 'Name', type: 'String', namespace: 'System', description: 'its name', isRequired: true },
      { name: 'Level', type: enumName, namespace: 'App', isEnum: true, isValueType: true },
      { name: 'Tags', type: 'Dictionary`2', namespace: 'System.Collections.Generic', genericArgs: ['String', 'String'] },
      { name: 'Boxed', type: `${generic}\`1`, namespace: 'App', genericArgs: ['String'] },
      { name: 'When', type: 'Nullable`1', namespace: 'System', isValueType: true, genericArgs: ['DateTime'] },
    ],
  });
  const operations = [];
  const count = 1 + r.int(3);
  for (let i = 0; i < count; i++) {
    const request = typeName();
    const response = `${request}Response`;
    types.push({
      name: request, namespace: 'App', implements: [{ name: 'IReturn`1', namespace: 'ServiceStack', genericArgs: [response] }],
      properties: [{ name: 'Id', type: 'Int32', namespace: 'System', isValueType: true, attributes: [{ name: 'ApiMember', args: [{ name: 'ParameterType', type: 'String', value: 'path' }] }] },
        { name: 'Filter', type: model, namespace: 'App' }, { name: 'Extra', type: r.pick(PRIMITIVE_TYPES), namespace: 'System' }],
    });
    types.push({ name: response, namespace: 'App', properties: [{ name: 'Result', type: model, namespace: 'App' }, { name: 'ResponseStatus', type: 'ResponseStatus', namespace: 'ServiceStack' }] });
    operations.push({
      request: { name: request, namespace: 'App' }, response: { name: response, namespace: 'App' }, actions: ['GET', 'POST'], method: 'GET',
      routes: [{ path: `/${request.toLowerCase()}/{Id}`, verbs: 'GET', summary: 'gets it', notes: 'notes' }], tags: ['app'],
      returnType: { name: response, namespace: 'App' }, requiresAuth: r.chance(0.3), requiredRoles: r.chance(0.2) ? ['Admin'] : [],
    });
  }
  return {
    app: { baseUrl: 'https://example.org', serviceStackVersion: '8.91', serviceName: 'Fuzz', jsTextCase: r.pick(['CamelCase', 'PascalCase', 'SnakeCase']) },
    api: { namespaces: ['App', 'System', 'ServiceStack'], types, operations },
  };
}

// Every object and array in a JSON value, with its parent, for mutations that pick a place at random.
function nodes(root) {
  const out = [];
  const stack = [{ value: root, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const n = stack.pop();
    out.push(n);
    if (n.value && typeof n.value === 'object') {
      for (const [key, value] of Object.entries(n.value)) stack.push({ value, parent: n.value, key: Array.isArray(n.value) ? Number(key) : key });
    }
  }
  return out;
}

const someValue = (r) => r.pick([null, true, false, 0, -1, 1.5, 2 ** 64, 'text', '', [], {}, [1, 'a'], { name: 'X' }, 'Name'.repeat(2)]);
const typesOf = (doc) => (Array.isArray(doc?.api?.types) ? doc.api.types : []);
const operationsOf = (doc) => (Array.isArray(doc?.api?.operations) ? doc.api.operations : []);
const someType = (r, doc) => {
  const types = typesOf(doc).filter((t) => t && typeof t === 'object');
  return types.length > 0 ? r.pick(types) : undefined;
};

// Places that hold a name, and places that hold free text, in metadata JSON.
function nameSlots(doc) {
  const slots = [];
  for (const t of typesOf(doc)) {
    if (!t || typeof t !== 'object') continue;
    slots.push([t, 'name']);
    if (Array.isArray(t.properties)) for (const p of t.properties) if (p && typeof p === 'object') slots.push([p, 'name'], [p, 'type']);
    if (Array.isArray(t.enumNames)) t.enumNames.forEach((_, i) => slots.push([t.enumNames, i]));
    if (Array.isArray(t.genericArgs)) t.genericArgs.forEach((_, i) => slots.push([t.genericArgs, i]));
    if (t.inherits && typeof t.inherits === 'object') slots.push([t.inherits, 'name']);
  }
  for (const o of operationsOf(doc)) {
    if (o?.request && typeof o.request === 'object') slots.push([o.request, 'name']);
    if (o?.response && typeof o.response === 'object') slots.push([o.response, 'name']);
  }
  return slots;
}

function textSlots(doc) {
  const slots = [];
  if (doc?.app && typeof doc.app === 'object') slots.push([doc.app, 'baseUrl'], [doc.app, 'serviceName'], [doc.app, 'serviceStackVersion']);
  for (const t of typesOf(doc)) {
    if (!t || typeof t !== 'object') continue;
    slots.push([t, 'description'], [t, 'notes'], [t, 'namespace'], [t, 'displayType']);
    for (const p of Array.isArray(t.properties) ? t.properties : []) {
      if (p && typeof p === 'object') slots.push([p, 'description'], [p, 'paramType'], [p, 'displayType'], [p, 'namespace']);
    }
    for (const a of Array.isArray(t.attributes) ? t.attributes : []) for (const arg of Array.isArray(a?.args) ? a.args : []) if (arg && typeof arg === 'object') slots.push([arg, 'value']);
    if (Array.isArray(t.enumMemberValues)) t.enumMemberValues.forEach((_, i) => slots.push([t.enumMemberValues, i]));
    if (Array.isArray(t.enumDescriptions)) t.enumDescriptions.forEach((_, i) => slots.push([t.enumDescriptions, i]));
  }
  for (const o of operationsOf(doc)) {
    if (!o || typeof o !== 'object') continue;
    slots.push([o, 'description'], [o, 'method']);
    for (const route of Array.isArray(o.routes) ? o.routes : []) if (route && typeof route === 'object') slots.push([route, 'path'], [route, 'summary'], [route, 'notes'], [route, 'verbs']);
    if (Array.isArray(o.tags)) o.tags.forEach((_, i) => slots.push([o.tags, i]));
    if (Array.isArray(o.requiredRoles)) o.requiredRoles.forEach((_, i) => slots.push([o.requiredRoles, i]));
  }
  return slots;
}

// The mutations above, by position, that mostly leave a document dtogen accepts.
const SOFT_MUTATIONS = new Set([2, 3, 4, 7, 8, 9, 12, 14, 15, 16, 20, 21, 22, 23, 24]);
const soft = (_, i) => SOFT_MUTATIONS.has(i);

const setIn = (r, slots, value) => {
  if (slots.length === 0) return;
  const [obj, key] = r.pick(slots);
  obj[key] = value;
};

const STRUCTURAL = [
  // Wrong JSON type anywhere.
  (r, doc) => {
    const n = r.pick(nodes(doc).filter((x) => x.parent));
    if (n) n.parent[n.key] = someValue(r);
  },
  // A missing key.
  (r, doc) => {
    const n = r.pick(nodes(doc).filter((x) => x.parent && !Array.isArray(x.parent)));
    if (n) delete n.parent[n.key];
  },
  // An extra key, sometimes a known one in the wrong place.
  (r, doc) => {
    const n = r.pick(nodes(doc).filter((x) => x.value && typeof x.value === 'object' && !Array.isArray(x.value)));
    if (n) n.value[r.pick(['extra', 'isEnum', 'isInterface', 'inherits', 'genericArgs', 'enumNames', 'Name', 'TYPE', '__proto__', 'constructor'])] = someValue(r);
  },
  // A reserved word as a name.
  (r, doc) => setIn(r, nameSlots(doc), r.pick(RESERVED)),
  (r, doc) => setIn(r, nameSlots(doc), r.pick(RESERVED)),
  // A name that is no identifier, or tries to inject code.
  (r, doc) => setIn(r, nameSlots(doc), r.pick(ODD_NAMES)),
  (r, doc) => setIn(r, nameSlots(doc), r.pick(INJECTED_NAMES)),
  // Hostile free text.
  (r, doc) => setIn(r, textSlots(doc), r.pick(TEXT_PAYLOADS)),
  (r, doc) => setIn(r, textSlots(doc), r.pick(TEXT_PAYLOADS)),
  (r, doc) => {
    const t = someType(r, doc);
    if (t) t.description = r.pick(TEXT_PAYLOADS) + r.pick(TEXT_PAYLOADS);
  },
  // Inheritance and interface cycles.
  (r, doc) => {
    const a = someType(r, doc);
    const b = someType(r, doc);
    if (!a || !b) return;
    a.inherits = { name: b.name, namespace: b.namespace };
    b.inherits = { name: a.name, namespace: a.namespace };
  },
  (r, doc) => {
    const a = someType(r, doc);
    const b = someType(r, doc);
    if (!a || !b) return;
    a.isInterface = true;
    b.isInterface = true;
    a.implements = [{ name: b.name, namespace: b.namespace }];
    b.implements = [{ name: a.name, namespace: a.namespace }];
  },
  // Generic arity mismatches.
  (r, doc) => {
    const t = someType(r, doc);
    if (!t || typeof t.name !== 'string') return;
    const base = t.name.replace(/`.*$/, '');
    t.name = `${base}\`${r.pick([0, 1, 2, 3, 3, 16, 17, 99999])}`;
  },
  (r, doc) => {
    const t = someType(r, doc);
    const p = t && Array.isArray(t.properties) ? r.pick(t.properties) : undefined;
    if (p && typeof p === 'object') p.genericArgs = Array.from({ length: r.pick([0, 1, 3, 20]) }, () => r.pick(PRIMITIVE_TYPES));
  },
  // Deep nesting: of type names, of genericArgs, of JSON itself.
  (r, doc) => {
    const t = someType(r, doc);
    if (!t) return;
    const depth = r.pick([5, 10, 15, 15, 40, 200]);
    t.properties = [...(Array.isArray(t.properties) ? t.properties : []), { name: 'Deep', type: `${'List<'.repeat(depth)}String${'>'.repeat(depth)}` }];
  },
  (r, doc) => {
    const t = someType(r, doc);
    if (!t) return;
    let args = ['String'];
    for (let i = r.pick([5, 10, 40]); i > 0; i--) args = [`List\`1<${args[0]}>`];
    t.properties = [...(Array.isArray(t.properties) ? t.properties : []), { name: 'Nested', type: 'List`1', genericArgs: args }];
  },
  (r, doc) => {
    let v = 'x';
    for (let i = r.pick([50, 200, 480, 480, 520, 2000]); i > 0; i--) v = [v];
    doc.extra = v;
  },
  // Duplicates: a type, a property, an operation, an enum member.
  (r, doc) => {
    const t = someType(r, doc);
    if (t) typesOf(doc).push(structuredClone(t));
  },
  (r, doc) => {
    const t = someType(r, doc);
    if (t && Array.isArray(t.properties) && t.properties.length > 0) t.properties.push(structuredClone(t.properties[0]));
  },
  (r, doc) => {
    const ops = operationsOf(doc);
    if (ops.length > 0) ops.push(structuredClone(r.pick(ops)));
  },
  // Enums: empty, mismatched lists, values out of range or no numbers.
  (r, doc) => {
    const t = someType(r, doc);
    if (!t) return;
    t.isEnum = true;
    t.enumNames = r.pick([[], ['A', 'A'], ['A', 'B', 'C'], ['1', 'B'], ['None', 'class', 'Member']]);
    t.enumValues = r.pick([undefined, [], ['1'], ['0', '1', '2'], ['99999999999999999999999', '9007199254740993', '-9223372036854775809'], ['x', '1.5', '0x10']]);
    if (r.chance(0.3)) t.enumMemberValues = r.pick([['a', 'b', 'c'], ['', '"', '*/']]);
  },
  // References to what the document does not declare.
  (r, doc) => {
    const ops = operationsOf(doc);
    const o = ops.length > 0 ? r.pick(ops) : undefined;
    if (o && typeof o === 'object') o[r.pick(['request', 'response', 'returnType'])] = { name: r.pick(['Missing', 'String', 'Object', 'List`1', 'IReturn`1']), namespace: 'Nowhere' };
  },
  // A long chain of types, each using the next.
  (r, doc) => {
    if (!doc?.api || !Array.isArray(doc.api.types)) return;
    const n = r.pick([50, 300]);
    for (let i = 0; i < n; i++) {
      doc.api.types.push({ name: `Chain${i}`, namespace: 'App', ...(r.chance(0.5) && i + 1 < n ? { inherits: { name: `Chain${i + 1}`, namespace: 'App' } } : { properties: [{ name: 'Next', type: `Chain${i + 1}`, namespace: 'App' }] }) });
    }
  },
  // Attributes with odd arguments.
  (r, doc) => {
    const t = someType(r, doc);
    if (!t) return;
    t.attributes = [{ name: r.pick(['Route', 'Api', 'DataContract', 'Flags', 'EnumAsInt', 'StringLength', 'ValidateRequest', 'Custom']), args: [{ name: r.pick(['Description', 'Name', 'Value', 'X']), type: r.pick(['String', 'Int32', 'Boolean', 'Type']), value: r.pick(TEXT_PAYLOADS) }], constructorArgs: [{ name: 'x', type: 'Int32', value: r.pick(['1', '-5', 'NaN', '1e400', '*/']) }] }];
  },
  // Data members with hostile names.
  (r, doc) => {
    const t = someType(r, doc);
    const p = t && Array.isArray(t.properties) ? r.pick(t.properties) : undefined;
    if (p && typeof p === 'object') p.dataMember = { name: r.pick([...RESERVED.slice(0, 20), ...INJECTED_NAMES, ...TEXT_PAYLOADS.slice(0, 5)]), order: r.pick([1, -1, 2 ** 40, 'x']) };
  },
];

const SOFT = STRUCTURAL.filter(soft);
const HARD = STRUCTURAL.filter((m, i) => !soft(m, i));

// Text-level damage to serialised JSON: most documents are left whole.
function textual(r, text) {
  if (!r.chance(0.1)) return text;
  switch (r.int(8)) {
    case 0: return text.slice(0, r.int(text.length));
    case 1: return `\uFEFF${text}`;
    case 2: return text.replace(/,/g, () => r.pick([',', ',\u00a0', ',\u2028', ',\r\n\t', ', \f']));
    case 3: return `${text}${r.pick(['}', ']', ' garbage', '\u0000', '// comment', '\n{"second": 1}'])}`;
    case 4: {
      // Bytes that are not UTF-8 inside the document.
      const cut = r.int(text.length);
      return Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(r.pick([[0xff, 0xfe], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82]])), Buffer.from(text.slice(cut))]);
    }
    case 5: return text.replace(/"name"/, '"name": "Dup", "name"');
    case 6: return r.pick(['', ' ', 'null', '[]', '"text"', '42', '{}', '{"api": null}', '{"api": {"types": {}}}']);
    default: return `${'['.repeat(r.pick([600, 5000]))}`;
  }
}

function openApiDocument(r) {
  const doc = structuredClone(r.pick(OPENAPI));
  const schemas = doc.components?.schemas ?? {};
  const keys = Object.keys(schemas);
  const mutations = 1 + r.int(3);
  for (let i = 0; i < mutations; i++) {
    switch (r.int(6)) {
      case 0: {
        const n = r.pick(nodes(doc).filter((x) => x.parent));
        if (n) n.parent[n.key] = someValue(r);
        break;
      }
      case 1: {
        const n = r.pick(nodes(doc).filter((x) => x.parent && !Array.isArray(x.parent)));
        if (n) delete n.parent[n.key];
        break;
      }
      case 2: {
        // A schema renamed to a reserved, odd or injected name, with its references.
        const from = r.pick(keys);
        if (from === undefined) break;
        const to = r.pick([...RESERVED, ...ODD_NAMES.slice(0, 20), ...INJECTED_NAMES]);
        schemas[to] = schemas[from];
        delete schemas[from];
        const text = JSON.stringify(doc).split(JSON.stringify(`#/components/schemas/${from}`)).join(JSON.stringify(`#/components/schemas/${to}`));
        return textual(r, text);
      }
      case 3: {
        const n = r.pick(nodes(doc).filter((x) => x.value && typeof x.value === 'object' && !Array.isArray(x.value)));
        if (n) n.value[r.pick(['description', 'summary', 'title', 'operationId'])] = r.pick([...TEXT_PAYLOADS, ...INJECTED_NAMES]);
        break;
      }
      case 4: {
        const from = r.pick(keys);
        if (from !== undefined && schemas[from]) schemas[from] = { $ref: `#/components/schemas/${r.pick(keys)}` };
        break;
      }
      default: {
        const n = r.pick(nodes(doc).filter((x) => x.value && typeof x.value === 'object' && !Array.isArray(x.value)));
        if (n) n.value.properties = { [r.pick([...RESERVED, ...ODD_NAMES.slice(0, 12)])]: { type: r.pick(['string', 'integer', 'array', 'object', 'weird']) } };
      }
    }
  }
  return textual(r, JSON.stringify(doc));
}

function typescriptDocument(r) {
  let text = r.pick(TYPESCRIPT);
  const mutations = 1 + r.int(3);
  for (let i = 0; i < mutations; i++) {
    switch (r.int(5)) {
      case 0: text = text.slice(0, r.int(text.length)); break;
      case 1: {
        // One declared identifier renamed everywhere to a reserved word.
        const ids = [...new Set(text.match(/(?<=(?:interface|class|enum|type) )[A-Za-z_]\w*/g) ?? [])];
        const from = r.pick(ids);
        if (from) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), r.pick(RESERVED.filter((w) => /^[A-Za-z_]\w*$/.test(w))));
        break;
      }
      case 2: text = text.replace(/\n/, `\n/** ${r.pick(TEXT_PAYLOADS)} */\n`); break;
      case 3: text = text.replace(/: string/, r.pick([': Undeclared', ': string<', ': Array<Array<Array<string>>>', ': `a${string}`', ': typeof x', ': [string, number]'])); break;
      default: text += r.pick(['\nexport interface Extra { a: number; a: string; }\n', '\nexport class {\n', '\nexport enum E { A = "x", B = 1 }\n', '\n}}}\n', '\nexport type T = T;\n']);
    }
  }
  return text;
}
