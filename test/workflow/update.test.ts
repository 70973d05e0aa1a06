// `dtogen update`: regenerates files from their Options header, from a server the test runs on
// 127.0.0.1 or from the local input the header records; options set by hand in the header stay.

import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, loadText } from '../../src/index.js';
import { fixture } from '../support/paths.js';
import { DATE, dtogen, project } from './support.js';

/** A ServiceStack-like server: /metadata/app.json, with its own address as app.baseUrl, as a real server reports it. */
let server: Server;
let baseUrl = '';
let served = 'test.json';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url !== '/metadata/app.json') {
      response.writeHead(404).end();
      return;
    }
    const file = served === 'test-v2.json' ? fixture('versions', served) : fixture('metadata', served);
    const document = JSON.parse(readFileSync(file, 'utf8')) as { app: { baseUrl: string } };
    document.app.baseUrl = baseUrl;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Uncomments an option line of a Python header and sets its value, as a user does by hand. */
function setOption(file: string, key: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  const line = new RegExp(`^#${key}: .*$`, 'm');
  expect(text).toMatch(line);
  writeFileSync(file, text.replace(line, `${key}: ${value}`));
}

describe('dtogen update', () => {
  it('regenerates every generated file from its BaseUrl, keeping the options set by hand', async () => {
    const folder = project();
    served = 'test.json';
    const made = await dtogen(folder, 'generate', baseUrl, '-l', 'python', '-o', 'src/dtos.py', '--date', DATE);
    expect(made).toEqual({ code: 0, stdout: '', stderr: '' });
    const file = path.join(folder, 'src', 'dtos.py');
    expect(readFileSync(file, 'utf8')).toContain(`\nBaseUrl: ${baseUrl}\n`);
    expect(readFileSync(file, 'utf8')).not.toContain('\nInput:');
    setOption(file, 'AddResponseStatus', 'True');
    setOption(file, 'IncludeTypes', 'CreateJwt.*,GetJwtInfo.*');

    // The server's API moves on; update brings the file along.
    served = 'test-v2.json';
    requests.length = 0;
    const run = await dtogen(folder, 'update', '--date', DATE);
    expect(run).toEqual({ code: 0, stdout: 'Updated: src/dtos.py\n', stderr: '' });
    expect(requests).toEqual(['/metadata/app.json']);
    const updated = readFileSync(file, 'utf8');
    const v2 = JSON.parse(readFileSync(fixture('versions', 'test-v2.json'), 'utf8')) as { app: { baseUrl: string } };
    v2.app.baseUrl = baseUrl;
    const expected = await generate({
      model: loadText(JSON.stringify(v2), 'v2.json').model!,
      lang: 'python',
      options: { AddResponseStatus: true, IncludeTypes: 'CreateJwt.*,GetJwtInfo.*' },
      date: new Date(DATE),
    });
    expect(updated).toBe(expected.files[0]?.content);
    expect(updated).toContain('\nAddResponseStatus: True\n');
    expect(updated).toContain('\nIncludeTypes: CreateJwt.*,GetJwtInfo.*\n');
    expect(updated).toContain('\nclass GetJwtInfo(IReturn[GetJwtInfoResponse]):\n');

    // Nothing new: the file is left as it is.
    const mtime = statSync(file).mtimeMs;
    expect(await dtogen(folder, 'update', 'src/dtos.py', '--date', '2030-01-01')).toEqual({ code: 0, stdout: 'Up to date: src/dtos.py\n', stderr: '' });
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('regenerates from the local input the header records, relative to the file', async () => {
    const folder = project();
    expect((await dtogen(folder, 'generate', 'meta/test.json', '-l', 'python', '-o', 'out/dtos.py', '--date', DATE)).code).toBe(0);
    const file = path.join(folder, 'out', 'dtos.py');
    expect(readFileSync(file, 'utf8')).toContain('\nTip: To override a DTO option, remove "#" prefix before updating\nInput: ../meta/test.json\nBaseUrl: https://test.servicestack.net\n');
    setOption(file, 'AddResponseStatus', 'True');
    writeFileSync(path.join(folder, 'meta', 'test.json'), readFileSync(fixture('versions', 'test-v2.json'), 'utf8'));

    const run = await dtogen(path.join(folder, 'out'), 'update', 'dtos.py', '--date', DATE);
    expect(run).toEqual({ code: 0, stdout: 'Updated: dtos.py\n', stderr: '' });
    const again = await dtogen(folder, 'generate', 'meta/test.json', '-l', 'python', '-o', 'out/expected.py', '--add-response-status', '--date', DATE);
    expect(again.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(folder, 'out', 'expected.py'), 'utf8'));
  });

  it('formats again what was formatted: the header records prettier', async () => {
    const folder = project();
    writeFileSync(path.join(folder, '.prettierrc'), '{ "printWidth": 100 }\n');
    expect((await dtogen(folder, 'generate', 'meta/test.json', '-l', 'typescript', '-o', 'out/dtos.ts', '--prettier', '--date', DATE)).code).toBe(0);
    const file = path.join(folder, 'out', 'dtos.ts');
    expect(readFileSync(file, 'utf8')).toContain('\nInput: ../meta/test.json\nFormatter: prettier\nBaseUrl: https://test.servicestack.net\n');
    writeFileSync(path.join(folder, 'meta', 'test.json'), readFileSync(fixture('versions', 'test-v2.json'), 'utf8'));

    const run = await dtogen(path.join(folder, 'out'), 'update', 'dtos.ts', '--date', DATE);
    expect(run).toEqual({ code: 0, stdout: 'Updated: dtos.ts\n', stderr: '' });
    const again = await dtogen(folder, 'generate', 'meta/test.json', '-l', 'typescript', '-o', 'out/expected.ts', '--prettier', '--date', DATE);
    expect(again.code).toBe(0);
    const updated = readFileSync(file, 'utf8');
    expect(updated).toBe(readFileSync(path.join(folder, 'out', 'expected.ts'), 'utf8'));
    // Formatted: prettier indents by 2 where ServiceStack indents by 4.
    expect(updated).toMatch(/\n  public \w+/);
  });

  it('reports each bad header line at its place and leaves the file alone', async () => {
    const folder = project();
    await dtogen(folder, 'generate', 'meta/test.json', '-l', 'python', '-o', 'dtos.py', '--date', DATE);
    const file = path.join(folder, 'dtos.py');
    setOption(file, 'AddResponseStatus', 'Maybe');
    writeFileSync(file, readFileSync(file, 'utf8').replace('#DataClass: \n', '#DataClass: \nColour: Blue\n'));
    const before = readFileSync(file, 'utf8');
    const run = await dtogen(folder, 'update', 'dtos.py');
    const lines = before.split('\n');
    const line = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `dtos.py:${line('AddResponseStatus:')}:20: option AddResponseStatus: expected True or False, found 'Maybe'`,
      expect.stringMatching(new RegExp(`^dtos\\.py:${line('Colour:')}:1: unknown python option 'Colour' \\(known: GlobalNamespace, `)),
    ]);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a file without a header, and says when there is nothing to update', async () => {
    const folder = project();
    writeFileSync(path.join(folder, 'mine.py'), 'print("hello")\n');
    expect(await dtogen(folder, 'update', 'mine.py')).toEqual({ code: 1, stdout: '', stderr: 'mine.py:1:1: no Options header: not a generated file\n' });
    expect(await dtogen(folder, 'update')).toEqual({ code: 1, stdout: '', stderr: `dtogen: no generated files (with an Options header) under ${folder}\n` });
  });
});
