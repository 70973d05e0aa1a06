// Node 22, for the tests that must pass there too: this Node when it is 22, else the binary that
// scripts/setup-node22.sh installs into .node22/. Without it those tests are skipped loudly on a
// developer's machine, and fail in CI.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';

const INSTALLED = path.join(ROOT, '.node22', 'node_modules', 'node', 'bin', 'node');

export const NODE22: string | undefined = process.versions.node.startsWith('22.') ? process.execPath : existsSync(INSTALLED) ? INSTALLED : undefined;

if (NODE22 === undefined) {
  const message = `Node 22 tests need Node 22: run 'bash scripts/setup-node22.sh' (installs it into ${path.dirname(path.dirname(INSTALLED))})`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}
