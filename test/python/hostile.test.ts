// Text from metadata (descriptions, attribute values, routes, the BaseUrl) can never become code:
// Python parses the generated file and finds no statement that the metadata smuggled in.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { HAS_PYTHON, runPython } from '../support/python.js';
import { makeTempDir } from '../support/temp.js';

const PAYLOADS = ['"""\nimport os\n"""', "'); import os #", '\\', '*/ import os /*', '\r\nimport os'];

function hostileMetadata(payload: string): string {
  return JSON.stringify({
    app: { baseUrl: `https://example.org/${payload}`, serviceName: payload },
    api: {
      types: [{ name: 'Color', namespace: 'App', isEnum: true, enumNames: ['Red'], enumMemberValues: [payload], description: payload }],
      operations: [
        {
          request: {
            name: 'Hello',
            namespace: 'App',
            description: payload,
            attributes: [{ name: 'Api', args: [{ name: 'Description', type: 'String', value: payload }] }],
            properties: [{ name: 'Name', type: 'String', description: payload, attributes: [{ name: 'ApiMember', args: [{ name: 'Description', type: 'String', value: payload }] }] }],
          },
          response: { name: 'HelloResponse', namespace: 'App', properties: [{ name: 'Color', type: 'Color', isEnum: true }] },
          routes: [{ path: `/hello/${payload}`, verbs: 'GET' }],
        },
      ],
    },
  });
}

/** Prints the kinds of the module's top-level statements, and any import anywhere. */
const INSPECT = `
import ast, json, sys
tree = ast.parse(open(sys.argv[1]).read())
imports = [n.names[0].name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) and n.names[0].name == 'os' or isinstance(n, ast.Import) and any(a.name == 'os' for a in n.names)]
print(json.dumps({"top": sorted({type(n).__name__ for n in tree.body}), "os": len(imports)}))
`;

describe.skipIf(!HAS_PYTHON)('hostile metadata text in Python', () => {
  it.each(PAYLOADS)('%j stays text', async (payload) => {
    const { model, diagnostics } = loadText(hostileMetadata(payload), 'hostile.json');
    expect(diagnostics).toEqual([]);
    const result = await generate({ model: model!, lang: 'python', date: new Date(0), options: { AddDescriptionAsComments: true } });
    const dir = makeTempDir('dtogen-py-hostile-');
    const file = path.join(dir, 'dtos.py');
    writeFileSync(file, result.files[0]!.content);
    const script = path.join(dir, 'inspect.py');
    writeFileSync(script, INSPECT);
    const report = JSON.parse(await runPython(script, [file])) as { top: string[]; os: number };
    expect(report).toEqual({ top: ['Assign', 'ClassDef', 'Expr', 'Import', 'ImportFrom'], os: 0 });
  });
});
