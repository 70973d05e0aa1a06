// End to end: generated DTOs sent by the real servicestack JsonServiceClient to a local server.

import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makeTempDir } from '../support/temp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBody } from '../support/http.js';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';
import { HAS_PYTHON, runPython } from '../support/python.js';

interface Received {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}


describe.skipIf(!HAS_PYTHON)('Python DTOs with the servicestack JsonServiceClient', () => {
  const received: Received[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      void readBody(req).then((body) => {
        received.push({ method: req.method ?? '', url: req.url ?? '', contentType: req.headers['content-type'], body });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ token: `token-${received.length}`, responseStatus: { errorCode: 'None', message: 'ok' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the request as ServiceStack expects and reads the response into the generated class', async () => {
    const { files } = await generate({ input: fixture('metadata', 'test.json'), lang: 'python', date: new Date(0) });
    const dtos = path.join(makeTempDir('dtogen-py-e2e-'), 'dtos.py');
    writeFileSync(dtos, files.map((f) => f.content).join(''));

    const out = await runPython(path.join(import.meta.dirname, 'e2e_client.py'), [dtos, baseUrl], { timeoutMs: 60_000 });
    const replies = out.trim().split('\n').map((line) => JSON.parse(line) as unknown);

    expect(received).toHaveLength(2);
    const [post, get] = received as [Received, Received];
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/api/CreateJwt');
    expect(post.contentType).toMatch(/^application\/json/);
    // Value-type fields go with their defaults, as a C# client would send them.
    expect(JSON.parse(post.body)).toEqual({
      userAuthId: '42',
      displayName: 'Ada Lovelace',
      roles: ['Admin', 'Author'],
      createdAt: '0001-01-01T00:00:00',
      lastModified: '0001-01-01T00:00:00',
      isAuthenticated: false,
      fromToken: false,
      tag: 0,
      jwtExpiry: '2030-01-02T03:04:05+00:00',
    });
    expect(get.method).toBe('GET');
    // The client writes the two DateTime.MinValue defaults as empty pairs (it has no /Date()/ form
    // for year 1), hence the `&&`.
    expect(get.url).toBe('/api/CreateJwt?displayName=Grace&&&isAuthenticated=false&fromToken=false&tag=0');
    expect(get.body).toBe('');

    expect(replies).toEqual([
      { type: 'CreateJwtResponse', module: 'dtos', is_response_class: true, token: 'token-1', error_code: 'None' },
      { type: 'CreateJwtResponse', module: 'dtos', is_response_class: true, token: 'token-2', error_code: 'None' },
    ]);
  });
});
