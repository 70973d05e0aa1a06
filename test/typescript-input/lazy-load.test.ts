// ts-morph (and the TypeScript compiler inside it) is loaded only for TypeScript inputs:
// `dtogen --version` and metadata JSON runs must not pay for it. A preloaded module reports, when
// the process exits, whether any file of ts-morph was in Node's module cache (the CommonJS cache,
// where ts-morph's files land even when imported from ESM).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, fixture } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-lazy-'));
const probe = path.join(dir, 'probe.mjs');
writeFileSync(
  probe,
  [
    "import { createRequire } from 'node:module';",
    'const cache = createRequire(import.meta.url).cache;',
    "process.on('exit', () => process.stderr.write(`ts-morph loaded: ${Object.keys(cache).some((k) => /[\\\\/]node_modules[\\\\/](ts-morph|@ts-morph)[\\\\/]/.test(k))}\\n`));",
  ].join('\n'),
);

function run(...args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, BIN, ...args], { encoding: 'utf8' });
  return /ts-morph loaded: (true|false)/.exec(result.stderr)?.[1] ?? `no report: ${result.stderr}`;
}

describe('ts-morph is imported lazily', () => {
  it('not by --version', () => {
    expect(run('--version')).toBe('false');
  });
  it('not by a metadata JSON run', () => {
    expect(run('generate', fixture('metadata', 'test.json'), '--lang', 'python', '-o', path.join(dir, 'dtos.py'))).toBe('false');
  });
  it('by a TypeScript input (the probe sees it)', () => {
    expect(run('generate', fixture('typescript', 'plain.ts'), '--lang', 'python', '-o', path.join(dir, 'plain.py'))).toBe('true');
  });
});
