// Reading a local input: only regular files (a FIFO would block, a device never end), at most
// MAX_INPUT_BYTES, and valid UTF-8 (a bad byte is reported at its line and column rather than
// silently replaced).

import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The largest input accepted: far above any real server's metadata (a few MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads `path`; diagnostics name it `file` (as the user gave it), and a file that cannot be read is
 * reported as `failure` (an input's, or the config's).
 */
export async function readTextFile(path: string, file = path, failure: 'read-failed' | 'read-config-failed' = 'read-failed'): Promise<ReadResult> {
  const failed = (reason: string): ReadResult => ({ ok: false, diagnostic: diagnostic(failure, { reason }, { file }) });
  let handle;
  try {
    // Looked at before it is opened: opening a FIFO would wait for a writer. O_NONBLOCK keeps a
    // FIFO swapped in between the two from blocking too.
    const found = await stat(path);
    if (found.isDirectory()) return failed('is a directory');
    if (!found.isFile()) return failed('not a regular file');
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failed(readFailure(error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return failed('is a directory');
    if (!stat.isFile()) return failed('not a regular file');
    if (stat.size > MAX_INPUT_BYTES) return failed(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    const bytes = await handle.readFile();
    // The native check is an order of magnitude faster; the scan below only locates a bad byte.
    const bad = isUtf8(bytes) ? undefined : firstInvalidUtf8(bytes);
    if (bad !== undefined) {
      const { line, column } = lineAndColumn(bytes, bad);
      return { ok: false, diagnostic: diagnostic('invalid-utf8', {}, { file, line, column }) };
    }
    // A byte-order mark is no part of the text (as TextDecoder reads it).
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { ok: true, text: bytes.toString('utf8', bom) };
  } catch (error) {
    return failed(readFailure(error));
  } finally {
    await handle.close();
  }
}

export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: length and the range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += length;
  }
  return undefined;
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters: continuation bytes are part of the character before them.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) column++;
  return { line, column };
}
