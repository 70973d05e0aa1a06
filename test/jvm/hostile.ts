// A metadata document whose text tries to break out of every place JVM output puts text: doc
// comments (`*/`, Kotlin's nesting `/*`, javac's `\u000a` escapes), string literals (quotes,
// Kotlin's `$` templates), the header, and names that are keywords of one language or the other.

const ESCAPE = '*/ class Evil { } /*';

export const HOSTILE_DOCUMENT = {
  app: { baseUrl: `https://example.org/${ESCAPE}` },
  api: {
    types: [
      {
        name: 'Tricky',
        namespace: 'App',
        description: `Closes ${ESCAPE} and \\u002a\\u002f escapes\nwith a second line`,
        attributes: [
          { name: 'Api', args: [{ name: 'Description', type: 'String', value: 'a "quoted" ${System.exit(1)} \\u0022 $x\n} class Evil2 {' }] },
          { name: 'Tag', args: [{ name: 'Name', type: 'String', value: 'not a client annotation' }] },
        ],
        properties: [
          { name: 'Note', type: 'String', namespace: 'System', description: `note ${ESCAPE}` },
          { name: 'Wire', type: 'String', namespace: 'System', dataMember: { name: 'x"; var y = "$z' } },
          { name: 'Default', type: 'String', namespace: 'System' },
          { name: 'Fun', type: 'String', namespace: 'System' },
          { name: 'Null', type: 'String', namespace: 'System' },
          { name: 'Limit', type: 'Int32', namespace: 'System', attributes: [{ name: 'StringLength', constructorArgs: [{ name: 'maximumLength', type: 'Int32', value: '10' }] }] },
        ],
      },
      { name: 'Mode', namespace: 'App', isEnum: true, enumNames: ['fast', 'Slow'] },
    ],
    operations: [],
  },
};
