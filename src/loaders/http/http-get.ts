// The one place dtogen fetches a URL: a GET with node:http/https, through the environment's proxy
// (proxy.ts: a CONNECT tunnel for https, an absolute-URI request for http), with the user's
// headers, a `User-Agent: dtogen/<version>`, and every bound a hostile server could test: one
// deadline for the whole exchange (redirects and body included), at most MAX_REDIRECTS redirects,
// and a body limit counted after decompression (a gzip or brotli bomb stops at the limit).

import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { PassThrough, pipeline, type Transform } from 'node:stream';
import tls from 'node:tls';
import zlib from 'node:zlib';
import { packageVersion } from '../../version.js';
import { basicAuthorization, recordedUrl } from './credentials.js';
import { proxyFor, type Environment } from './proxy.js';

export interface HttpGetOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Sent to the URL's own origin only: a redirect elsewhere does not carry them. */
  headers?: Readonly<Record<string, string>>;
  accept: string;
  env?: Environment;
}

export type HttpGetResult =
  | { ok: true; text: string; /** Lower-cased; '' without one. */ contentType: string }
  | { ok: false; reason: string; status?: number };

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function httpGet(input: string, options: HttpGetOptions): Promise<HttpGetResult> {
  const deadline = Date.now() + options.timeoutMs;
  const first = new URL(input);
  const authorization = basicAuthorization(first);
  let url = new URL(recordedUrl(first.href));
  for (let redirects = 0; ; redirects++) {
    const sameOrigin = url.origin === first.origin;
    const headers: OutgoingHttpHeaders = {
      accept: options.accept,
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': `dtogen/${packageVersion()}`,
      ...(sameOrigin && authorization ? { authorization } : {}),
      ...(sameOrigin ? lowerCased(options.headers ?? {}) : {}),
    };
    const answer = await exchange(url, headers, options, deadline);
    if (!('location' in answer)) return answer;
    if (redirects === MAX_REDIRECTS) return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects` };
    let next: URL;
    try {
      next = new URL(answer.location, url);
    } catch {
      return { ok: false, reason: 'a redirect to an invalid URL' };
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, reason: `a redirect to a ${next.protocol} URL` };
    url = new URL(recordedUrl(next.href));
  }
}

type Exchange = HttpGetResult | { location: string };

/** One request and its answer, within the deadline. */
function exchange(url: URL, headers: OutgoingHttpHeaders, options: HttpGetOptions, deadline: number): Promise<Exchange> {
  const proxy = proxyFor(url, options.env);
  return new Promise((resolve) => {
    const open: { destroy(): void }[] = [];
    let settled = false;
    const finish = (result: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const stream of open) stream.destroy();
      resolve(result);
    };
    const fail = (error: unknown) => finish({ ok: false, reason: `${proxy ? `through the proxy ${proxy.host}: ` : ''}${networkFailure(error)}` });
    const timer = setTimeout(() => finish({ ok: false, reason: `no answer within ${options.timeoutMs} ms` }), Math.max(0, deadline - Date.now()));

    const send = (request: http.ClientRequest) => {
      open.push(request);
      request.on('error', fail);
      request.on('response', (response) => {
        open.push(response);
        void readAnswer(response, options.maxBytes).then(finish, fail);
      });
      request.end();
    };
    try {
      start();
    } catch (error) {
      // node:http refuses some requests at once (a header it cannot send): one line, as any failure.
      fail(error);
    }

    function start(): void {
      const proxyAuthorization = proxy ? basicAuthorization(proxy) : undefined;
      const proxyHeaders = proxyAuthorization ? { 'proxy-authorization': proxyAuthorization } : {};
      const toProxy = proxy ? { host: bareHost(proxy.hostname), port: Number(proxy.port || 80), agent: false } : undefined;

      if (!toProxy) {
        send((url.protocol === 'https:' ? https : http).request(url, { headers, agent: false }));
      } else if (url.protocol === 'http:') {
        // An http proxy takes the whole URL as the request's target.
        send(http.request({ ...toProxy, path: url.href, headers: { ...headers, host: url.host, ...proxyHeaders } }));
      } else {
        const target = `${bareHost(url.hostname).includes(':') ? `[${bareHost(url.hostname)}]` : url.hostname}:${url.port || 443}`;
        const connect = http.request({ ...toProxy, method: 'CONNECT', path: target, headers: { host: target, ...proxyHeaders } });
        open.push(connect);
        connect.on('error', fail);
        connect.on('connect', (answer: IncomingMessage, socket) => {
          open.push(socket);
          if (answer.statusCode !== 200) {
            finish({ ok: false, reason: `the proxy ${proxy?.host} refused the tunnel: HTTP ${answer.statusCode} ${answer.statusMessage ?? ''}`.trim() });
            return;
          }
          try {
            const host = bareHost(url.hostname);
            const secure = tls.connect({ socket, ...(isIP(host) === 0 ? { servername: host } : {}) });
            open.push(secure);
            send(https.request(url, { headers, createConnection: () => secure }));
          } catch (error) {
            fail(error);
          }
        });
        connect.end();
      }
    }
  });
}

/** A redirect's target, a failure status, or the body (decompressed, within `maxBytes`). */
function readAnswer(response: IncomingMessage, maxBytes: number): Promise<Exchange> {
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  if (REDIRECTS.has(status) && location) return Promise.resolve({ location });
  if (status < 200 || status >= 300) return Promise.resolve({ ok: false, reason: `HTTP ${status} ${response.statusMessage ?? ''}`.trim(), status });
  if (Number(response.headers['content-length']) > maxBytes) return Promise.resolve({ ok: false, reason: tooLarge(maxBytes) });
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder = Object.hasOwn(DECODERS, encoding) ? DECODERS[encoding] : undefined;
  if (!decoder) return Promise.resolve({ ok: false, reason: `unsupported content encoding '${encoding}'` });
  const contentType = (response.headers['content-type'] ?? '').toLowerCase();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const body = decoder();
    body.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        body.destroy();
        response.destroy();
        resolve({ ok: false, reason: tooLarge(maxBytes) });
      } else chunks.push(chunk);
    });
    pipeline(response, body, (error) => {
      if (size > maxBytes) return;
      if (error) reject(encoding === 'identity' ? error : new Error(`cannot decompress the ${encoding} body: ${error.message}`));
      else resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8'), contentType });
    });
  });
}

const DECODERS: Record<string, () => Transform> = {
  identity: () => new PassThrough(),
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

const bareHost = (host: string) => host.replace(/^\[|\]$/g, '');

function tooLarge(maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${maxBytes} bytes`;
  return `response is larger than ${size}`;
}

function networkFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'ETIMEDOUT') return 'connection timed out';
  if (error instanceof Error && error.message === 'socket hang up') return 'the server closed the connection';
  return error instanceof Error ? error.message : String(error);
}
