// A URL input: a ServiceStack server's base URL (its metadata, with the fallbacks of fetch.ts) or
// a document's own URL, metadata JSON or OpenAPI (JSON or YAML), told apart once it has arrived.

import type { Loader, LoadOptions, LoadResult } from './loader.js';
import { fetchMetadata } from './metadata-json/fetch.js';
import { isUrl, loadMetadataText } from './metadata-json/loader.js';
import { openApiText } from './openapi/detect.js';
import { loadOpenApiText } from './openapi/loader.js';

export const urlLoader: Loader = {
  name: 'URL (ServiceStack metadata or an OpenAPI document)',
  canLoad: isUrl,
  load: loadUrl,
};

async function loadUrl(input: string, options: LoadOptions): Promise<LoadResult> {
  const fetched = await fetchMetadata(input, options);
  if (!fetched.ok) return { diagnostics: [fetched.diagnostic], source: input, inputs: [] };
  const openApi = openApiText(fetched.text, fetched.url, fetched.contentType);
  if (openApi) return loadOpenApiText(fetched.text, fetched.url, openApi.yaml);
  return { ...loadMetadataText(fetched.text, fetched.url), inputs: [] };
}
