// Where standard output goes when it is redirected to a file (`dtogen generate x.json > dtos.py`):
// that file then records its input as a file written with `-o` does, so that `dtogen update
// dtos.py` reads the same input again. A pipe or a terminal is no file and records nothing.

import { fstatSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';

/** The absolute path of the regular file standard output writes to; undefined when it is not one. */
export function stdoutFile(): string | undefined {
  let written;
  try {
    written = fstatSync(1);
  } catch {
    return undefined;
  }
  if (!written.isFile()) return undefined;
  // Linux names the file behind a descriptor; it must be the very file (not one renamed over it).
  try {
    const named = readlinkSync('/proc/self/fd/1');
    const found = statSync(named);
    if (path.isAbsolute(named) && found.ino === written.ino && found.dev === written.dev) return named;
  } catch {
    // No /proc (macOS, Windows): see below.
  }
  // Taken to be in the current folder, as `> dtos.py` puts it: only its folder matters to the record.
  return path.join(process.cwd(), 'standard-output');
}
