// Inputs given as a server's base URL, against a local server this test starts on 127.0.0.1.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics/diagnostic.js';
import { loadInput } from '../src/loaders/index.js';
import { fixture } from './support/paths.js';

const APP_JSON = readFileSync(fixture('metadata', 'test.json'), 'utf8');
/** The same service as /types/metadata serves it: MetadataTypes, without the AppMetadata wrapper. */
const TYPES_METADATA = JSON.stringify({ config: { baseUrl: 'https://test.servicestack.net' }, ...(JSON.parse(APP_JSON) as { api: object }).api });

describe('URL inputs', () => {
  const requests: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '';
      requests.push(url);
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body);
      };
      if (url === '/app/metadata/app.json') send(200, APP_JSON);
      else if (url === '/legacy/types/metadata') send(200, TYPES_METADATA);
      else if (url === '/broken/metadata/app.json') send(500, 'oops');
      else if (url === '/slow/metadata/app.json') setTimeout(() => send(200, APP_JSON), 2_000);
      else if (url === '/big/metadata/app.json') send(200, `[${'0,'.repeat(5000)}0]`);
      else send(404, '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const messages = (result: Awaited<ReturnType<typeof loadInput>>) => result.diagnostics.map(formatDiagnostic);

  it('reads /metadata/app.json under the base URL', async () => {
    const result = await loadInput(`${base}/app/`);
    expect(messages(result)).toEqual([]);
    expect(result.source).toBe(`${base}/app/metadata/app.json`);
    expect(result.model?.operations.map((o) => o.name)).toContain('CreateJwt');
  });

  it('falls back to /types/metadata when the server has no /metadata/app.json', async () => {
    requests.length = 0;
    const result = await loadInput(`${base}/legacy`);
    expect(messages(result)).toEqual([]);
    expect(requests).toEqual(['/legacy/metadata/app.json', '/legacy/types/metadata']);
    expect(result.model?.operations.map((o) => o.name)).toContain('CreateJwt');
  });

  it('fetches a URL that names a JSON document as it is', async () => {
    const result = await loadInput(`${base}/app/metadata/app.json`);
    expect(messages(result)).toEqual([]);
  });

  it('reports a server error without trying further', async () => {
    requests.length = 0;
    const result = await loadInput(`${base}/broken`);
    expect(messages(result)).toEqual([`${base}/broken/metadata/app.json: cannot fetch: HTTP 500 Internal Server Error`]);
    expect(requests).toEqual(['/broken/metadata/app.json']);
  });

  it('gives up after the timeout', async () => {
    const result = await loadInput(`${base}/slow`, { timeoutMs: 200 });
    expect(messages(result)).toEqual([`${base}/slow/metadata/app.json: cannot fetch: no answer within 200 ms`]);
  });

  it('refuses a body over the size limit', async () => {
    const result = await loadInput(`${base}/big`, { maxBytes: 1000 });
    expect(messages(result)).toEqual([`${base}/big/metadata/app.json: cannot fetch: response is larger than 1000 bytes`]);
  });

  it('names a server that is not there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await loadInput(`http://127.0.0.1:${port}`);
    expect(messages(result)).toEqual([`http://127.0.0.1:${port}/metadata/app.json: cannot fetch: connection refused`]);
  });
});
