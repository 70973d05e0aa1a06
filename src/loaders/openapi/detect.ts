// Which inputs are OpenAPI documents: YAML files, and JSON files whose text opens with an
// `openapi` or `swagger` version (the key every OpenAPI and Swagger document has). Only the start
// of the file is read, synchronously: detection runs before any loader does. A document fetched
// from a URL is told by the same signs once it has arrived: its Content-Type, its name, its text.

import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** How much of a JSON file is looked at: the version key comes first in every real document. */
const HEAD_BYTES = 64 * 1024;

const VERSION_KEY = /"(openapi|swagger)"\s*:\s*"\d/;
const YAML_VERSION_KEY = /^["']?(openapi|swagger)["']?\s*:\s*["']?\d/m;

export function isYamlPath(input: string): boolean {
  return /\.ya?ml$/i.test(input);
}

export function isOpenApiInput(input: string): boolean {
  if (/^https?:\/\//i.test(input)) return false;
  if (isYamlPath(input)) return true;
  return VERSION_KEY.test(head(input));
}

/**
 * Whether a fetched document is OpenAPI, and in YAML. YAML (by Content-Type or the URL's
 * extension) always is, since metadata is never YAML; so is text served as neither that starts
 * with the version key as YAML writes it. JSON is when its start has the version key.
 */
export function openApiText(text: string, url: string, contentType: string): { yaml: boolean } | undefined {
  const start = text.slice(0, HEAD_BYTES);
  const json = /\bjson\b/.test(contentType);
  if (/\byaml\b/.test(contentType) || (!json && isYamlPath(new URL(url).pathname))) return { yaml: true };
  if (!json && !/^\uFEFF?\s*[[{]/.test(start) && YAML_VERSION_KEY.test(start)) return { yaml: true };
  return VERSION_KEY.test(start) ? { yaml: false } : undefined;
}

function head(path: string): string {
  try {
    // A FIFO or a device is left to the loader that reports it: opening it here could block.
    if (!statSync(path).isFile()) return '';
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
      return buffer.toString('utf8', 0, read);
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}
