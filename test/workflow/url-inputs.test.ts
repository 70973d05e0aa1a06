// URL inputs as a user behind a proxy, or with an API that wants a token, uses them: HTTP_PROXY
// and HTTPS_PROXY (a CONNECT tunnel) and NO_PROXY; `--header` on the fast `generate` line and on
// the commands yargs reads; a config's headers from the environment; Basic auth from the URL;
// a User-Agent. Secrets reach the server only: never a generated file, never a message.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/version.js';
import { fixture } from '../support/paths.js';
import { forwardingProxy, type TestProxy } from '../support/proxy.js';
import { DATE, dtogen, dtogenWith, project, tempFolder, writeConfig } from './support.js';

const APP_JSON = readFileSync(fixture('metadata', 'test.json'), 'utf8');
const SECRET = 's3cret-token';

/** Every request's path and headers, as the servers saw them. */
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
const serve: RequestListener = (request, response) => {
  seen.push({ url: request.url ?? '', headers: request.headers });
  if (request.url === '/metadata/app.json') response.writeHead(200, { 'content-type': 'application/json' }).end(APP_JSON);
  else response.writeHead(404).end();
};

let plain: Server;
let secure: Server;
let proxy: TestProxy;
let base = '';
let certificate = '';
const portOf = (server: Server) => (server.address() as AddressInfo).port;

beforeAll(async () => {
  // A certificate for the made-up host, trusted by the CLI through NODE_EXTRA_CA_CERTS.
  const keys = tempFolder();
  certificate = path.join(keys, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(keys, 'key.pem'), '-out', certificate, '-days', '1', '-subj', '/CN=secure.example.test', '-addext', 'subjectAltName=DNS:secure.example.test,IP:127.0.0.1'], { stdio: 'ignore' });
  plain = createServer(serve);
  secure = createTlsServer({ key: readFileSync(path.join(keys, 'key.pem')), cert: readFileSync(certificate) }, serve);
  for (const server of [plain, secure]) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${portOf(plain)}`;
  proxy = await forwardingProxy({ 'api.example.test': () => portOf(plain), 'secure.example.test': () => portOf(secure), 'impostor.example.test': () => portOf(secure) });
});

afterAll(async () => {
  await proxy.close();
  for (const server of [plain, secure]) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const last = () => seen[seen.length - 1]?.headers ?? {};

describe('request headers', () => {
  it('--header and -H (repeatable) reach the server with a User-Agent, and nothing records them', async () => {
    const folder = project();
    const run = await dtogen(folder, 'generate', base, '-l', 'py', '-o', 'dtos.py', '-H', `Authorization: Bearer ${SECRET}`, '--header', 'X-Api-Key: key-123', '--date', DATE);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(last()).toMatchObject({ authorization: `Bearer ${SECRET}`, 'x-api-key': 'key-123', 'user-agent': `dtogen/${packageVersion()}` });
    expect(readFileSync(path.join(folder, 'dtos.py'), 'utf8')).not.toMatch(/s3cret|key-123/);

    // The commands yargs reads take it too: update (from BaseUrl) and page.
    seen.length = 0;
    expect(await dtogen(folder, 'update', 'dtos.py', '-H', `Authorization: Bearer ${SECRET}`, '--date', DATE)).toEqual({ code: 0, stdout: 'Up to date: dtos.py\n', stderr: '' });
    expect(last().authorization).toBe(`Bearer ${SECRET}`);
    expect((await dtogen(folder, 'page', base, '--op', 'CreateJwt', '--header', `Authorization: Bearer ${SECRET}`)).code).toBe(0);
    expect(last().authorization).toBe(`Bearer ${SECRET}`);
  });

  it('a malformed --header is a usage error that does not repeat its value', async () => {
    const folder = project();
    for (const header of [`Authorization Bearer ${SECRET}`, `Bad Name: ${SECRET}`, `: ${SECRET}`, `X-Key: ${SECRET}→`, `X-Key: ${SECRET}\u0001`]) {
      const run = await dtogen(folder, 'generate', base, '-l', 'py', '-H', header);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^dtogen: --header: /);
      expect(run.stderr).not.toContain(SECRET);
    }
  });

  it("a config's headers take ${VARIABLE}s from the environment; an unset one is located", async () => {
    const folder = project({ outputs: [{ input: base, lang: 'python', out: 'dtos.py', headers: { Authorization: 'Bearer ${API_TOKEN}' } }] });
    const run = await dtogenWith({ API_TOKEN: SECRET }, folder, 'generate', '--date', DATE);
    expect(run.code).toBe(0);
    expect(last().authorization).toBe(`Bearer ${SECRET}`);
    expect(readFileSync(path.join(folder, 'dtos.py'), 'utf8')).not.toContain(SECRET);

    const unset = await dtogenWith({ API_TOKEN: undefined }, folder, 'generate');
    expect(unset.code).toBe(1);
    expect(unset.stderr.split('\n')[0]).toBe("dtogen.config.json /outputs/0/headers/Authorization: environment variable 'API_TOKEN' is not set");
    writeConfig(folder, { outputs: [{ input: base, lang: 'python', out: 'dtos.py', headers: { Authorization: 42 } }] });
    expect((await dtogen(folder, 'generate')).stderr.split('\n')[0]).toBe('dtogen.config.json /outputs/0/headers/Authorization: expected a string, found a number');
  });

  it("a URL's user-info is sent as Basic auth, and neither the file nor a message shows it", async () => {
    const folder = project();
    const url = `http://alice:pa%20ss@127.0.0.1:${portOf(plain)}`;
    expect((await dtogen(folder, 'generate', url, '-l', 'py', '-o', 'dtos.py', '--date', DATE)).code).toBe(0);
    expect(last().authorization).toBe(`Basic ${Buffer.from('alice:pa ss').toString('base64')}`);
    const text = readFileSync(path.join(folder, 'dtos.py'), 'utf8');
    expect(text).toContain(`\nBaseUrl: ${base}/\n`);
    expect(text).not.toContain('alice');
    const failed = await dtogen(folder, 'generate', `http://alice:pa%20ss@127.0.0.1:${portOf(plain)}/missing`, '-l', 'py');
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toContain('alice');
  });
});

describe('proxies from the environment', () => {
  it('HTTP_PROXY: the request goes to the proxy with the absolute URL; NO_PROXY skips it', async () => {
    const folder = project();
    proxy.seen.length = 0;
    const run = await dtogenWith({ HTTP_PROXY: proxy.url }, folder, 'generate', 'http://api.example.test', '-l', 'py', '-o', 'dtos.py', '--date', DATE);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(proxy.seen).toEqual(['GET http://api.example.test/metadata/app.json']);
    expect(readFileSync(path.join(folder, 'dtos.py'), 'utf8')).toContain('\nBaseUrl: http://api.example.test\n');

    // A proxy's own credentials go to it, as Proxy-Authorization.
    proxy.credentials.length = 0;
    const withUser = proxy.url.replace('http://', 'http://agent:pw@');
    expect((await dtogenWith({ HTTP_PROXY: withUser }, folder, 'generate', 'http://api.example.test', '-l', 'py')).code).toBe(0);
    expect(proxy.credentials).toEqual([`Basic ${Buffer.from('agent:pw').toString('base64')}`]);

    proxy.seen.length = 0;
    const direct = await dtogenWith({ http_proxy: proxy.url, NO_PROXY: 'localhost,.example.test' }, folder, 'generate', 'http://api.example.test', '-l', 'py', '--timeout', '5');
    expect(direct.code).toBe(1);
    expect(proxy.seen).toEqual([]);
  });

  it('HTTPS_PROXY: an https URL goes through a CONNECT tunnel, certificate checked', async () => {
    const folder = project();
    proxy.seen.length = 0;
    const trusted = { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certificate };
    const run = await dtogenWith(trusted, folder, 'generate', 'https://secure.example.test', '-l', 'py', '-o', 'dtos.py', '-H', `Authorization: Bearer ${SECRET}`, '--date', DATE);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(proxy.seen).toEqual(['CONNECT secure.example.test:443']);
    // The proxy saw a tunnel only; the server, inside it, the header.
    expect(last().authorization).toBe(`Bearer ${SECRET}`);
    expect(readFileSync(path.join(folder, 'dtos.py'), 'utf8')).toContain('\nBaseUrl: https://secure.example.test\n');

    // A host the certificate does not name is refused, in one line.
    const impostor = await dtogenWith(trusted, folder, 'generate', 'https://impostor.example.test', '-l', 'py');
    expect(impostor.code).toBe(1);
    expect(impostor.stderr).toMatch(/^https:\/\/impostor\.example\.test\/metadata\/app\.json: cannot fetch: through the proxy 127\.0\.0\.1:\d+: .*altnames.*\n$/i);
  });

  it('an https URL without a proxy is fetched directly, certificate checked', async () => {
    const folder = project();
    const url = `https://127.0.0.1:${portOf(secure)}`;
    expect((await dtogenWith({ NODE_EXTRA_CA_CERTS: certificate }, folder, 'generate', url, '-l', 'py', '-o', 'dtos.py')).code).toBe(0);
    const untrusted = await dtogen(folder, 'generate', url, '-l', 'py');
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/metadata\/app\.json: cannot fetch: self[- ]signed certificate\n$/);
  });

  it('a proxy that is not there is named in the message', async () => {
    const folder = project();
    const run = await dtogenWith({ HTTP_PROXY: 'http://127.0.0.1:9' }, folder, 'generate', 'http://api.example.test', '-l', 'py');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'http://api.example.test/metadata/app.json: cannot fetch: through the proxy 127.0.0.1:9: connection refused\n' });
  });
});
