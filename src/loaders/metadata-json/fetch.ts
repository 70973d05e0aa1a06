// Fetches a ServiceStack server's metadata: `/metadata/app.json` (AppMetadata), falling back to
// `/types/metadata` (MetadataTypes) on servers without the metadata feature. A URL that already
// names a document (`.json`, `.yaml`, `.yml`: metadata or OpenAPI) is fetched as it is.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';

export interface FetchOptions {
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
}

export type FetchResult = { ok: true; text: string; url: string; /** The response's Content-Type, lower-cased ('' without one). */ contentType: string } | { ok: false; diagnostic: Diagnostic };

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const METADATA_PATHS = ['/metadata/app.json', '/types/metadata'];

export async function fetchMetadata(input: string, options: FetchOptions = {}): Promise<FetchResult> {
  let base: URL;
  try {
    base = new URL(input);
  } catch {
    return { ok: false, diagnostic: diagnostic('fetch-failed', { reason: 'not a valid URL' }, { file: input }) };
  }
  const direct = /\.(json|ya?ml)$/i.test(base.pathname) || /\/types\/metadata$/i.test(base.pathname);
  const candidates = direct ? [base.href] : METADATA_PATHS.map((p) => joinPath(base, p));

  let last: FetchResult | undefined;
  for (const url of candidates) {
    const attempt = await fetchText(url, options);
    if (attempt.ok) return { ok: true, text: attempt.text, url, contentType: attempt.contentType };
    last = { ok: false, diagnostic: diagnostic('fetch-failed', { reason: attempt.reason }, { file: url }) };
    // Only a missing document is worth the fallback; a timeout or a refused connection is not.
    if (attempt.status !== 404) break;
  }
  return last as FetchResult;
}

function joinPath(base: URL, path: string): string {
  const url = new URL(base.href);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  url.search = '';
  url.hash = '';
  return url.href;
}

type TextResult = { ok: true; text: string; contentType: string } | { ok: false; reason: string; status?: number };

async function fetchText(url: string, options: FetchOptions): Promise<TextResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json, application/yaml;q=0.9, */*;q=0.8' }, redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `HTTP ${response.status} ${response.statusText}`.trim(), status: response.status };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      return { ok: false, reason: tooLarge(maxBytes) };
    }
    const body = await readLimited(response, maxBytes);
    return body === undefined ? { ok: false, reason: tooLarge(maxBytes) } : { ok: true, text: body, contentType: (response.headers.get('content-type') ?? '').toLowerCase() };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `no answer within ${timeoutMs} ms` };
    return { ok: false, reason: networkFailure(error) };
  }
}

/** Reads the body, giving up (undefined) once it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): string {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${maxBytes} bytes`;
  return `response is larger than ${size}`;
}

function networkFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
