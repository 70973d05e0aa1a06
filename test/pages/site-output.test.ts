// `dtogen docs` into a folder it wrote before: the pages it no longer writes are removed, anything
// it did not write stays, and on a terminal it shows its progress.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/flags.js';
import { MANIFEST, writeSite } from '../../src/workflow/site-output.js';
import { makeTempDir } from '../support/temp.js';

function metadata(operations: string[]): string {
  return JSON.stringify({
    app: { serviceName: 'Shop' },
    api: { types: [], operations: operations.map((name) => ({ request: { name, namespace: 'App', properties: [{ name: 'Id', type: 'Int32' }] }, routes: [{ path: `/${name.toLowerCase()}`, verbs: 'GET' }] })) },
  });
}

async function docs(input: string, out: string, io: Partial<CliIO> = {}) {
  let stderr = '';
  const code = await runCli(['docs', input, '-o', out], { stdout: () => {}, stderr: (t) => (stderr += t), ...io });
  return { code, stderr };
}

describe('docs output folder', () => {
  it('removes the pages of a run that the next run no longer writes, and nothing else', async () => {
    const dir = makeTempDir('dtogen-site-output-');
    const out = path.join(dir, 'site');
    const input = path.join(dir, 'api.json');
    writeFileSync(input, metadata(['GetOrder', 'GetCart']));
    expect((await docs(input, out)).code).toBe(0);
    expect(readdirSync(out)).toContain('GetCart.python.html');
    const recorded = JSON.parse(readFileSync(path.join(out, MANIFEST), 'utf8')) as { files: string[] };
    expect(recorded.files).toEqual(readdirSync(out).filter((f) => f !== MANIFEST).sort());

    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    writeFileSync(input, metadata(['GetOrder']));
    const second = await docs(input, out);
    expect(second.code).toBe(0);
    const after = readdirSync(out);
    expect(after.filter((f) => f.startsWith('GetCart'))).toEqual([]);
    expect(after).toContain('GetOrder.html');
    expect(after).toContain('notes.txt');
    expect(second.stderr.endsWith(`${out}: ${after.length - 2} files, ${recorded.files.filter((f) => f.startsWith('GetCart')).length} stale files removed\n`)).toBe(true);
  });

  it('reads a manifest only for the files inside its folder, and removes no folder', async () => {
    const dir = makeTempDir('dtogen-site-output-');
    const out = path.join(dir, 'site');
    const input = path.join(dir, 'api.json');
    writeFileSync(input, metadata(['GetOrder']));
    mkdirSync(path.join(out, 'keep'), { recursive: true });
    writeFileSync(path.join(dir, 'outside.html'), 'mine');
    writeFileSync(path.join(out, MANIFEST), JSON.stringify({ generator: 'dtogen docs', files: ['../outside.html', path.join(dir, 'outside.html'), 'keep', MANIFEST] }));
    expect((await docs(input, out)).code).toBe(0);
    expect(existsSync(path.join(dir, 'outside.html'))).toBe(true);
    expect(existsSync(path.join(out, 'keep'))).toBe(true);
    expect(existsSync(path.join(out, MANIFEST))).toBe(true);
  });

  it('ignores a manifest it did not write', async () => {
    const dir = makeTempDir('dtogen-site-output-');
    const out = path.join(dir, 'site');
    const input = path.join(dir, 'api.json');
    writeFileSync(input, metadata(['GetOrder']));
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.css'), 'mine');
    writeFileSync(path.join(out, MANIFEST), JSON.stringify({ files: ['index.css'] }));
    expect((await docs(input, out)).code).toBe(0);
    expect(readFileSync(path.join(out, 'index.css'), 'utf8')).toBe('mine');
  });

  it('shows pages done / total on a terminal, and clears the line before its summary', async () => {
    const dir = makeTempDir('dtogen-site-output-');
    const out = path.join(dir, 'site');
    const input = path.join(dir, 'api.json');
    writeFileSync(input, metadata(['GetOrder', 'GetCart']));
    const { code, stderr } = await docs(input, out, { interactive: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`^\\r${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 1/\\d+ pages\\x1b\\[K`));
    expect(stderr).toContain('\r\x1b[K');
    expect(stderr.endsWith(`${out}: ${readdirSync(out).length - 1} files\n`)).toBe(true);
    expect((await docs(input, makeTempDir('dtogen-site-output-'))).stderr).not.toContain('\r');
  });

  it('writes pages as they are made, and keeps the previous site whole when making them fails', async () => {
    const dir = makeTempDir('dtogen-site-output-');
    const out = path.join(dir, 'site');
    await writeSite(out, [{ path: 'index.html', content: 'old' }]);
    let made = 0;
    async function* failing() {
      yield { path: 'index.html', content: 'new' };
      made++;
      yield { path: 'A.html', content: 'a' };
      made++;
      throw new Error('page failed');
    }
    await expect(writeSite(out, failing())).rejects.toThrow('page failed');
    expect(made).toBe(2);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(out).sort()).toEqual([MANIFEST, 'index.html']);
    expect(readdirSync(dir)).toEqual(['site']);
  });
});
