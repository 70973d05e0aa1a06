// OpenAPI documents given by URL, against a local server this test starts on 127.0.0.1: JSON and
// YAML, told by Content-Type, by the URL's extension or by the text, generate as the same file
// does; a remote document may not reach local files through its `$ref`s.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import { fixture } from '../support/paths.js';

const require = createRequire(import.meta.url);
const PETSTORE = path.join(path.dirname(require.resolve('@readme/oas-examples/package.json')), '3.0/json/petstore.json');
const PETSTORE_YAML = path.join(path.dirname(require.resolve('@readme/oas-examples/package.json')), '3.0/yaml/petstore.yaml');
const MAPPING = fixture('openapi', 'mapping.yaml');

const ROUTES: Record<string, { type: string; file: string }> = {
  '/api/openapi.json': { type: 'application/json; charset=utf-8', file: PETSTORE },
  '/api/openapi.yaml': { type: 'application/octet-stream', file: PETSTORE_YAML },
  '/api/spec.yml': { type: 'application/yaml', file: MAPPING },
  '/api/document.json': { type: 'text/plain', file: MAPPING },
  '/api/split.yaml': { type: 'application/yaml', file: fixture('openapi', 'split.yaml') },
};

describe('OpenAPI from a URL', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const route = ROUTES[req.url ?? ''];
      res.writeHead(route ? 200 : 404, { 'Content-Type': route?.type ?? 'text/plain' });
      res.end(route ? readFileSync(route.file) : 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const text = async (input: string, lang: string) => {
    const result = await generate({ input, lang, date: new Date(0) });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    return result.files.map((f) => f.content).join('');
  };

  it.each([
    ['JSON by Content-Type and sniffing', '/api/openapi.json', PETSTORE],
    ['YAML by extension', '/api/openapi.yaml', PETSTORE_YAML],
    ['YAML by Content-Type', '/api/spec.yml', MAPPING],
    ['YAML by its version key, whatever the name', '/api/document.json', MAPPING],
  ])('%s: the same code as the file, recording the URL as BaseUrl', async (_label, route, file) => {
    const withoutBaseUrl = (code: string) => code.replace(/^BaseUrl: .*$/m, '');
    for (const lang of ['python', 'typescript']) {
      const fetched = await text(`${base}${route}`, lang);
      expect(fetched).toContain(`\nBaseUrl: ${base}${route}\n`);
      expect(withoutBaseUrl(fetched)).toBe(withoutBaseUrl(await text(file, lang)));
    }
  });

  it('names the URL as the source and watches no file', async () => {
    const result = await loadInput(`${base}/api/openapi.json`);
    expect(result.source).toBe(`${base}/api/openapi.json`);
    expect(result.inputs).toEqual([]);
    expect(result.model?.operations.length).toBeGreaterThan(0);
  });

  it('refuses a $ref to another file, at its pointer', async () => {
    const result = await loadInput(`${base}/api/split.yaml`);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      `${base}/api/split.yaml /paths/~1pets/get/responses/200/content/application~1json/schema/items/$ref: cannot resolve $ref 'split-pet.yaml#/Pet': a document read from a URL may refer only within itself`,
    );
  });

  it('reports a missing document with its URL', async () => {
    const result = await loadInput(`${base}/api/none.yaml`);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`${base}/api/none.yaml: cannot fetch: HTTP 404 Not Found`]);
  });
});
