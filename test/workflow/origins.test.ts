// Where a generated file says it came from, whatever way it was written: `> file` records its input
// as `-o` does; a file fetched from a local server records that server, not the BaseUrl its
// metadata claims; and a run that changes nothing but the date writes nothing.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannedServer, type CannedServer } from '../support/http.js';
import { fixture } from '../support/paths.js';
import { DATE, dtogen, project, shell } from './support.js';

describe('the Input line, whatever the output route', () => {
  it('`generate x.json -l py > out.py` records the input as -o does, and update re-reads it', async () => {
    const folder = project();
    expect(await shell(folder, `dtogen generate meta/test.json -l py --date ${DATE} > redirected.py`)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await dtogen(folder, 'generate', 'meta/test.json', '-l', 'py', '--date', DATE, '-o', 'written.py')).code).toBe(0);
    const redirected = readFileSync(path.join(folder, 'redirected.py'), 'utf8');
    expect(redirected).toContain('\nInput: meta/test.json\n');
    expect(redirected).toBe(readFileSync(path.join(folder, 'written.py'), 'utf8'));

    // In a subfolder, the record is relative to the file, as for -o.
    expect((await shell(folder, `dtogen generate meta/test.json -l py --date ${DATE} > meta/sub.py`)).code).toBe(0);
    expect(readFileSync(path.join(folder, 'meta/sub.py'), 'utf8')).toContain('\nInput: test.json\n');

    // The local input changes; update reads it (no BaseUrl contacted: the test has no network).
    const input = path.join(folder, 'meta/test.json');
    writeFileSync(input, readFileSync(input, 'utf8').replace(/"name": "Token"/g, '"name": "AccessToken"'));
    expect(await dtogen(folder, 'update', 'redirected.py', '--date', DATE)).toEqual({ code: 0, stdout: 'Updated: redirected.py\n', stderr: '' });
    expect(readFileSync(path.join(folder, 'redirected.py'), 'utf8')).toContain('access_token: Optional[str] = None');
 
    // The input moves away: the message names the file being updated, at its Input line.
    const moved = readFileSync(path.join(folder, 'redirected.py'), 'utf8').replace('\nInput: meta/test.json\n', '\nInput: meta/moved.json\n');
    writeFileSync(path.join(folder, 'redirected.py'), moved);
    const line = moved.split('\n').indexOf('Input: meta/moved.json') + 1;
    expect(await dtogen(folder, 'update', 'redirected.py')).toEqual({ code: 1, stdout: '', stderr: `redirected.py:${line}:8: update from meta/moved.json failed: cannot read input: no such file\n` });
  });

  it('a pipe records nothing', async () => {
    const folder = project();
    const piped = await shell(folder, `dtogen generate meta/test.json -l py --date ${DATE} | cat`);
    expect(piped.code).toBe(0);
    expect(piped.stdout).not.toContain('\nInput:');
  });
});

describe('a file fetched from a URL', () => {
  let server: CannedServer;
  beforeAll(async () => {
    // The metadata names the production server; it is fetched from a local one.
    server = await cannedServer({ '/metadata/app.json': JSON.parse(readFileSync(fixture('metadata', 'test.json'), 'utf8')) as object });
  });
  afterAll(() => server.close());

  it('records the URL it was fetched from as BaseUrl, so update asks the same server; update errors name the file', async () => {
    const folder = project();
    expect(JSON.parse(readFileSync(fixture('metadata', 'test.json'), 'utf8')).app.baseUrl).toBe('https://test.servicestack.net');
    expect((await dtogen(folder, 'generate', server.baseUrl, '-l', 'py', '-o', 'dtos.py', '--date', DATE)).code).toBe(0);
    const text = readFileSync(path.join(folder, 'dtos.py'), 'utf8');
    expect(text).toContain(`\nBaseUrl: ${server.baseUrl}\n`);
    expect(text).not.toContain('test.servicestack.net');

    const before = server.received.length;
    expect(await dtogen(folder, 'update', 'dtos.py', '--date', DATE)).toEqual({ code: 0, stdout: 'Up to date: dtos.py\n', stderr: '' });
    expect(server.received.slice(before).map((r) => r.url)).toEqual(['/metadata/app.json']);

    // The server goes away: the message names the file and its header line, and the URL.
    writeFileSync(path.join(folder, 'dtos.py'), text.replace(server.baseUrl, 'http://127.0.0.1:9'));
    const line = text.split('\n').findIndex((l) => l.startsWith('BaseUrl:')) + 1;
    const failed = await dtogen(folder, 'update', 'dtos.py');
    expect(failed).toEqual({ code: 1, stdout: '', stderr: `dtos.py:${line}:10: update from http://127.0.0.1:9/metadata/app.json failed: cannot fetch: connection refused\n` });
  });
});

describe('the Date line is rewritten only when the content changes', () => {
  it('a one-shot `generate -o` leaves an up-to-date file untouched, for one language or several', async () => {
    const folder = project();
    const file = path.join(folder, 'dtos.py');
    expect((await dtogen(folder, 'generate', 'meta/test.json', '-o', 'dtos.py', '--date', DATE)).code).toBe(0);
    const first = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await dtogen(folder, 'generate', 'meta/test.json', '-o', 'dtos.py', '--date', '2031-05-06')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect({ text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs }).toEqual(first);
    // A real change is written, with the new date.
    expect((await dtogen(folder, 'generate', 'meta/test.json', '-o', 'dtos.py', '--date', '2031-05-06', '--add-response-status')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Date: 2031-05-06 00:00:00');

    expect((await dtogen(folder, 'generate', 'meta/test.json', '-l', 'py,ts', '-o', 'client/', '--date', DATE)).code).toBe(0);
    const ts = path.join(folder, 'client/dtos.ts');
    const mtime = statSync(ts).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await dtogen(folder, 'generate', 'meta/test.json', '-l', 'py,ts', '-o', 'client/', '--date', '2031-05-06')).code).toBe(0);
    expect(statSync(ts).mtimeMs).toBe(mtime);
    expect(readFileSync(ts, 'utf8')).toContain('Date: 2026-01-02 03:04:05');
  });
});
