// Which inputs are OpenAPI documents: YAML files, and JSON files whose text opens with an
// `openapi` or `swagger` version (the key every OpenAPI and Swagger document has). Only the start
// of the file is read, synchronously: detection runs before any loader does.

import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** How much of a JSON file is looked at: the version key comes first in every real document. */
const HEAD_BYTES = 64 * 1024;

const VERSION_KEY = /"(openapi|swagger)"\s*:\s*"\d/;

export function isYamlPath(input: string): boolean {
  return /\.ya?ml$/i.test(input);
}

export function isOpenApiInput(input: string): boolean {
  if (/^https?:\/\//i.test(input)) return false;
  if (isYamlPath(input)) return true;
  return VERSION_KEY.test(head(input));
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
