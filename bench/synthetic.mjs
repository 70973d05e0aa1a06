// A synthetic ServiceStack metadata document of a chosen size: plain types (with enums, base
// types, generic references, lists and dictionaries), and operations with request and response.
// Seeded and deterministic, so runs compare.

const PRIMITIVES = [
  ['String', 'System'],
  ['Int32', 'System', true],
  ['Int64', 'System', true],
  ['Boolean', 'System', true],
  ['DateTime', 'System', true],
  ['Decimal', 'System', true],
  ['Double', 'System', true],
  ['Guid', 'System', true],
  ['TimeSpan', 'System', true],
];

function prim(i) {
  const [type, namespace, isValueType] = PRIMITIVES[i % PRIMITIVES.length];
  return isValueType ? { type, namespace, isValueType } : { type, namespace };
}

export function syntheticMetadata({ types: typeCount, operations: opCount }) {
  const plainCount = typeCount - 2 * opCount;
  const types = [];
  for (let i = 0; i < plainCount; i++) {
    if (i % 20 === 19) {
      types.push({ name: `Status${i}`, namespace: 'Bench.Types', isEnum: true, enumNames: ['Active', 'Inactive', 'Pending', 'Archived'] });
      continue;
    }
    const properties = [];
    for (let p = 0; p < 8; p++) properties.push({ name: `Field${p}`, ...prim(i + p) });
    // References point backwards only, so the document is valid and deep but acyclic.
    if (i > 0) properties.push({ name: 'Related', type: `Item${i - 1 - ((i * 7) % Math.min(i, 50))}`, namespace: 'Bench.Types' });
    if (i > 20) properties.push({ name: 'Items', type: 'List`1', namespace: 'System.Collections.Generic', genericArgs: [`Item${i - 2 - (i % 3 === 0 ? 1 : 0)}`] });
    properties.push({ name: 'Meta', type: 'Dictionary`2', namespace: 'System.Collections.Generic', genericArgs: ['String', 'String'] });
    if (i % 20 === 5 && i > 40) properties.push({ name: 'State', type: `Status${i - 6}`, namespace: 'Bench.Types' });
    const type = { name: `Item${i}`, namespace: 'Bench.Types', description: `Item number ${i}`, properties };
    if (i % 10 === 3 && i > 10) type.inherits = { name: `Item${i - 10}`, namespace: 'Bench.Types' };
    types.push(type);
  }
  // Enums take the Status name, so keep Item references off them.
  for (const t of types) {
    for (const p of t.properties ?? []) {
      if (p.type.startsWith('Item') && Number(p.type.slice(4)) % 20 === 19) p.type = `Item${Number(p.type.slice(4)) - 1}`;
      if (p.genericArgs?.[0]?.startsWith('Item') && Number(p.genericArgs[0].slice(4)) % 20 === 19) p.genericArgs[0] = `Item${Number(p.genericArgs[0].slice(4)) - 1}`;
    }
    if (t.inherits && Number(t.inherits.name.slice(4)) % 20 === 19) t.inherits.name = `Item${Number(t.inherits.name.slice(4)) - 1}`;
  }

  const operations = [];
  for (let o = 0; o < opCount; o++) {
    const used = `Item${(o * 13) % plainCount % 20 === 19 ? ((o * 13) % plainCount) - 1 : (o * 13) % plainCount}`;
    const verb = ['GET', 'POST', 'PUT', 'DELETE'][o % 4];
    operations.push({
      request: {
        name: `Operation${o}`,
        namespace: 'Bench.ServiceModel',
        description: `Does thing ${o}`,
        implements: [{ name: `I${verb[0]}${verb.slice(1).toLowerCase()}`, namespace: 'ServiceStack' }],
        properties: [
          { name: 'Id', type: 'Int32', namespace: 'System', isValueType: true, isRequired: o % 2 === 0 },
          { name: 'Query', type: 'String', namespace: 'System' },
          { name: 'Payload', type: used, namespace: 'Bench.Types' },
        ],
      },
      response: {
        name: `Operation${o}Response`,
        namespace: 'Bench.ServiceModel',
        properties: [
          { name: 'Result', type: used, namespace: 'Bench.Types' },
          { name: 'Results', type: 'List`1', namespace: 'System.Collections.Generic', genericArgs: [used] },
          { name: 'ResponseStatus', type: 'ResponseStatus', namespace: 'ServiceStack' },
        ],
      },
      actions: [verb],
      method: verb,
      returnType: { name: `Operation${o}Response`, namespace: 'Bench.ServiceModel' },
      routes: [{ path: `/things/${o}/{Id}`, verbs: verb }],
      tags: [`group${o % 25}`],
    });
  }
  return { app: { baseUrl: 'https://bench.example.org', serviceName: 'Bench' }, api: { config: { baseUrl: 'https://bench.example.org' }, operations, types } };
}
