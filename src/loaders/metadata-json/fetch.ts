// Fetches a ServiceStack server's metadata: `/metadata/app.json` (AppMetadata), falling back to
// `/types/metadata` (MetadataTypes) on servers without the metadata feature. A URL that already
// names a document (`.json`, `.yaml`, `.yml`: metadata or OpenAPI) is fetched as it is. Messages and
// the result name each URL without its credentials.

import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { recordedUrl } from '../http/credentials.js';

export interface FetchOptions {
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** HTTP headers for every request to the input's server (`Authorization`, an API key). */
  headers?: Readonly<Record<string, string>>;
}

export type FetchResult = { ok: true; text: string; url: string; /** The response's Content-Type, lower-cased ('' without one). */ contentType: string } | { ok: false; diagnostic: Diagnostic };

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const METADATA_PATHS = ['/metadata/app.json', '/types/metadata'];
const ACCEPT = 'application/json, application/yaml;q=0.9, */*;q=0.8';

export async function fetchMetadata(input: string, options: FetchOptions = {}): Promise<FetchResult> {
  let base: URL;
  try {
    base = new URL(input);
  } catch {
    return { ok: false, diagnostic: diagnostic('fetch-failed', { reason: 'not a valid URL' }, { file: recordedUrl(input) }) };
  }
  const direct = /\.(json|ya?ml)$/i.test(base.pathname) || /\/types\/metadata$/i.test(base.pathname);
  const candidates = direct ? [base.href] : METADATA_PATHS.map((p) => joinPath(base, p));

  // node:http and its kin load only for URL inputs.
  const { httpGet } = await import('../http/http-get.js');
  const settings = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, accept: ACCEPT, ...(options.headers ? { headers: options.headers } : {}) };
  let last: FetchResult | undefined;
  for (const url of candidates) {
    const attempt = await httpGet(url, settings);
    const shown = recordedUrl(url);
    if (attempt.ok) return { ok: true, text: attempt.text, url: shown, contentType: attempt.contentType };
    last = { ok: false, diagnostic: diagnostic('fetch-failed', { reason: attempt.reason }, { file: shown }) };
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
