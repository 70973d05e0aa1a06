// A metadata document of `depth` classes, each inheriting the next and adding one property.

export function inheritanceChain(depth: number): string {
  const types = Array.from({ length: depth }, (_, i) => ({
    name: `T${i}`,
    namespace: 'App',
    properties: [{ name: `P${i}`, type: 'String', namespace: 'System' }],
    ...(i + 1 < depth ? { inherits: { name: `T${i + 1}`, namespace: 'App' } } : {}),
  }));
  return JSON.stringify({ api: { types, operations: [{ request: { name: 'T0', namespace: 'App' } }] } });
}
