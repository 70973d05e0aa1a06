// Lists the files under a folder the way a project's own files are found: dependencies
// (node_modules) and dot-folders (.git, .venv) are never looked into. Entries come sorted, so
// whatever is built from them does not depend on the file system's order.

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Calls `visit` for each file in `dir`, and in its subfolders when `deep`; a missing folder has none. */
export async function walkFiles(dir: string, deep: boolean, visit: (file: string) => void | Promise<void>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isFile()) await visit(full);
    else if (deep && entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walkFiles(full, deep, visit);
  }
}
