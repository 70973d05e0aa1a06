// Servers that try to hurt a URL input: compression bombs (the limit counts decompressed bytes),
// redirect loops, endless bodies, slow headers, resets, broken or unknown encodings. Each ends
// in one clear message, within its bound.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics/diagnostic.js';
import { loadInput } from '../src/loaders/index.js';

const BOMB = Buffer.alloc(16 * 1024 * 1024); // 16 MB of zeros: a few KB compressed
const GZIP_BOMB = gzipSync(BOMB);
const BROTLI_BOMB = brotliCompressSync(BOMB);

let server: Server;
let base = '';
const headersSeen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '';
    headersSeen.push({ path: url, authorization: request.headers.authorization });
    if (url === '/gzip.json') response.writeHead(200, { 'content-encoding': 'gzip' }).end(GZIP_BOMB);
    else if (url === '/brotli.json') response.writeHead(200, { 'content-encoding': 'br' }).end(BROTLI_BOMB);
    else if (url === '/small-gzip.json') response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' }).end(gzipSync('{"api":{"operations":[],"types":[]}}'));
    else if (url === '/broken-gzip.json') response.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all');
    else if (url === '/odd-encoding.json') response.writeHead(200, { 'content-encoding': 'constructor' }).end('{}');
    else if (url.startsWith('/loop')) response.writeHead(302, { location: `/loop${url.length}` }).end();
    else if (url === '/elsewhere.json') response.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/landed.json` }).end();
    else if (url === '/landed.json') response.writeHead(200).end('{"api":{"operations":[],"types":[]}}');
    else if (url === '/endless.json') {
      response.writeHead(200);
      const more = () => {
        if (response.write(Buffer.alloc(64 * 1024, 32))) setImmediate(more);
        else response.once('drain', more);
      };
      more();
      response.on('close', () => response.destroy());
    } else if (url === '/reset.json') request.socket.destroy();
    else if (url === '/silent.json') {
      // Never answers.
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const messages = async (url: string, options = {}) => (await loadInput(url, { maxBytes: 1024 * 1024, timeoutMs: 5_000, ...options })).diagnostics.map(formatDiagnostic);

describe('hostile URL servers', () => {
  it('a gzip or brotli bomb stops at the body limit, counted after decompression', async () => {
    expect(await messages(`${base}/gzip.json`)).toEqual([`${base}/gzip.json: cannot fetch: response is larger than 1 MB`]);
    expect(await messages(`${base}/brotli.json`)).toEqual([`${base}/brotli.json: cannot fetch: response is larger than 1 MB`]);
  });

  it('a compressed body within the limit is read', async () => {
    expect(await messages(`${base}/small-gzip.json`)).toEqual([]);
  });

  it('a broken or unknown encoding is said in one line', async () => {
    expect(await messages(`${base}/broken-gzip.json`)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/broken-gzip\.json: cannot fetch: cannot decompress the gzip body: /)]);
    expect(await messages(`${base}/odd-encoding.json`)).toEqual([`${base}/odd-encoding.json: cannot fetch: unsupported content encoding 'constructor'`]);
  });

  it('a redirect loop ends after 5 redirects', async () => {
    expect(await messages(`${base}/loop.json`)).toEqual([`${base}/loop.json: cannot fetch: more than 5 redirects`]);
  });

  it('a redirect to another origin is followed without the Authorization header', async () => {
    headersSeen.length = 0;
    expect(await messages(`${base}/elsewhere.json`, { headers: { Authorization: 'Bearer secret' } })).toEqual([]);
    expect(headersSeen).toEqual([
      { path: '/elsewhere.json', authorization: 'Bearer secret' },
      { path: '/landed.json', authorization: undefined },
    ]);
  });

  it('an endless body stops at the limit; a silent server at the timeout; a reset is named', async () => {
    expect(await messages(`${base}/endless.json`)).toEqual([`${base}/endless.json: cannot fetch: response is larger than 1 MB`]);
    expect(await messages(`${base}/silent.json`, { timeoutMs: 300 })).toEqual([`${base}/silent.json: cannot fetch: no answer within 300 ms`]);
    expect(await messages(`${base}/reset.json`)).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/reset\.json: cannot fetch: (the server closed the connection|connection reset)$/)]);
  });
});
