// `dtogen generate --check`: up to date, stale, missing and orphaned outputs, with the exit
// codes and the unified diffs CI shows; and nothing written.

import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE, dtogen, project } from './support.js';

const config = {
  outputs: [
    { input: 'meta/test.json', lang: 'python', out: 'out/test.py' },
    { input: 'meta/techstacks.json', lang: 'python', out: 'out/techstacks.py' },
  ],
};

/** Every file under the folder with its content: to see that --check wrote nothing. */
function snapshot(folder: string): [string, string][] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .map((file): [string, string] => [path.relative(folder, file), readFileSync(file, 'utf8')]);
}

/** The fixture with CreateJwtResponse.Token renamed AccessToken. */
function renameToken(folder: string): void {
  const file = path.join(folder, 'meta', 'test.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/"name": "Token"/g, '"name": "AccessToken"'));
}

describe('dtogen generate --check', () => {
  it('exits 0 and prints no diff when every output is up to date, whatever the date', async () => {
    const folder = project(config);
    expect((await dtogen(folder, 'generate', '--date', DATE)).code).toBe(0);
    const before = snapshot(folder);
    const run = await dtogen(folder, 'generate', '--check', '--date', '2031-05-06');
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'dtogen: 2 output(s) up to date\n' });
    expect(snapshot(folder)).toEqual(before);
  });

  it('exits 1 on a stale output and prints a diff that brings it up to date', async () => {
    const folder = project(config);
    await dtogen(folder, 'generate', '--date', DATE);
    renameToken(folder);
    const before = snapshot(folder);
    const run = await dtogen(folder, 'generate', '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("stale: out/test.py\ndtogen: 1 of 2 output(s) out of date; run 'dtogen generate' to update them\n");
    expect(run.stdout).toMatch(/^--- a\/out\/test\.py\n\+\+\+ b\/out\/test\.py\n@@ -\d+,7 \+\d+,7 @@\n/);
    expect(run.stdout).toContain('\n-    token: Optional[str] = None\n+    access_token: Optional[str] = None\n');
    // The Date line is no difference: the diff keeps the file's own.
    expect(run.stdout).not.toContain('Date:');
    expect(snapshot(folder)).toEqual(before);

    // The diff is a patch: applied, it gives exactly what generate writes.
    writeFileSync(path.join(folder, 'fix.patch'), run.stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: folder });
    rmSync(path.join(folder, 'fix.patch'));
    expect(await dtogen(folder, 'generate', '--check')).toMatchObject({ code: 0, stdout: '' });
    const patched = readFileSync(path.join(folder, 'out/test.py'), 'utf8');
    expect((await dtogen(folder, 'generate', '--date', DATE)).stderr).toMatch(/^dtogen: nothing to write, 2 unchanged/);
    expect(readFileSync(path.join(folder, 'out/test.py'), 'utf8')).toBe(patched);
  });

  it('exits 1 on a missing output, with a diff from /dev/null', async () => {
    const folder = project(config);
    await dtogen(folder, 'generate', '--date', DATE);
    const content = readFileSync(path.join(folder, 'out/techstacks.py'), 'utf8');
    rmSync(path.join(folder, 'out/techstacks.py'));
    const run = await dtogen(folder, 'generate', '--check', '--date', DATE);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("missing: out/techstacks.py\ndtogen: 1 of 2 output(s) out of date; run 'dtogen generate' to update them\n");
    const lines = content.slice(0, -1).split('\n');
    expect(run.stdout).toBe(`--- /dev/null\n+++ b/out/techstacks.py\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}\n`).join('')}`);
  });

  it('exits 1 on an orphaned output: a generated file in an output folder that no output produces', async () => {
    const folder = project(config);
    await dtogen(folder, 'generate', '--date', DATE);
    copyFileSync(path.join(folder, 'out/test.py'), path.join(folder, 'out/old_test.py'));
    // Files without a generated header are the user's own, never orphans.
    writeFileSync(path.join(folder, 'out/helpers.py'), 'def helper():\n    pass\n');
    const run = await dtogen(folder, 'generate', '--check');
    expect(run.code).toBe(1);
    // Orphans are no outputs: they are counted apart, and generate removes them.
    expect(run.stderr).toBe("orphaned: out/old_test.py\ndtogen: 1 orphaned file(s); run 'dtogen generate' to remove the orphaned file\n");
    expect(run.stdout).toMatch(/^--- a\/out\/old_test\.py\n\+\+\+ \/dev\/null\n@@ -1,\d+ \+0,0 @@\n-""" Options:\n/);
  });

  it('reports every kind of difference in one run, in order', async () => {
    const folder = project(config);
    await dtogen(folder, 'generate', '--date', DATE);
    renameToken(folder);
    rmSync(path.join(folder, 'out/techstacks.py'));
    copyFileSync(path.join(folder, 'out/test.py'), path.join(folder, 'out/renamed.py'));
    const run = await dtogen(folder, 'generate', '--check');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual(['stale: out/test.py', 'missing: out/techstacks.py', 'orphaned: out/renamed.py']);
    expect(run.stdout.match(/^--- .*$/gm)).toEqual(['--- a/out/test.py', '--- /dev/null', '--- a/out/renamed.py']);
  });

  it('checks a single input against its --out file, without a config', async () => {
    const folder = project();
    const args = ['generate', 'meta/test.json', '-l', 'python', '-o', 'dtos.py'];
    expect((await dtogen(folder, ...args, '--date', DATE)).code).toBe(0);
    expect(await dtogen(folder, ...args, '--check')).toEqual({ code: 0, stdout: '', stderr: 'dtogen: 1 output(s) up to date\n' });
    expect((await dtogen(folder, ...args, '--check', '--add-response-status')).code).toBe(1);
    expect(await dtogen(folder, 'generate', 'meta/test.json', '-l', 'python', '--check')).toMatchObject({ code: 2, stderr: expect.stringContaining('--check needs --out') });
  });

  it('exits 1 when an input is broken, naming it', async () => {
    const folder = project(config);
    await dtogen(folder, 'generate', '--date', DATE);
    writeFileSync(path.join(folder, 'meta', 'test.json'), '{"api": [}');
    const run = await dtogen(folder, 'generate', '--check');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/^meta\/test\.json:1:10: not valid JSON: /);
  });
});
