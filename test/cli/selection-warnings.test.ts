// A selection that selects nothing is a typo more often than not: each IncludeTypes or
// ExcludeTypes pattern that matches nothing in the metadata gets a warning where it was written
// (the flag, the config's JSON pointer, the header's line and column), and the output is what it
// was without the warning. An unknown type name in the metadata is a located warning too.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { runWorkflow } from '../../src/cli/workflow-command.js';
import { generate } from '../../src/generate.js';
import { fixture } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

const TEST = fixture('metadata', 'test.json');
const DATE = ['--date', '2026-01-02T03:04:05Z'];

async function dtogen(argv: string[], cwd?: string) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const code = cwd === undefined ? await runCli(argv, io) : await runWorkflow({}, io, { date: new Date(0), timeoutMs: 1000 }, cwd);
  return { code, stdout, stderr };
}

describe('IncludeTypes and ExcludeTypes that match nothing', () => {
  it('warn at the flag, once per pattern, and change nothing in the output', async () => {
    const patterns = 'NoSuchType,CreateJwt,Nope.*,*.Nothing,No.Namespace/*,{no-tag},{auth}';
    const warned = await dtogen(['generate', TEST, '-l', 'python', '--include-types', patterns, '--exclude-types', 'Zilch,services', ...DATE]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(
      [
        "--include-types: warning: option IncludeTypes: 'NoSuchType' matches no type in the metadata",
        "--include-types: warning: option IncludeTypes: 'Nope.*' matches no operation in the metadata",
        "--include-types: warning: option IncludeTypes: '*.Nothing' matches no type in the metadata",
        "--include-types: warning: option IncludeTypes: 'No.Namespace/*' matches no namespace in the metadata",
        "--include-types: warning: option IncludeTypes: '{no-tag}' matches no tag in the metadata",
        "--exclude-types: warning: option ExcludeTypes: 'Zilch' matches no type in the metadata",
        '',
      ].join('\n'),
    );
    // The same selection with only the patterns that match: the same file, header aside.
    const clean = await dtogen(['generate', TEST, '-l', 'python', '--include-types', 'CreateJwt,{auth}', '--exclude-types', 'services', ...DATE]);
    expect(clean.stderr).toBe('');
    const body = (text: string) => text.slice(text.indexOf('"""\n\n'));
    expect(body(warned.stdout)).toBe(body(clean.stdout));
    expect(warned.stdout).toContain('\nIncludeTypes: NoSuchType,CreateJwt,Nope.*,*.Nothing,No.Namespace/*,{no-tag},{auth}\n');
  });

  it('an include list that matches nothing at all still writes the (empty) file, with the warning', async () => {
    const { code, stdout, stderr } = await dtogen(['generate', TEST, '-l', 'typescript', '--include-types', 'NoSuchType', ...DATE]);
    expect(code).toBe(0);
    expect(stderr).toBe("--include-types: warning: option IncludeTypes: 'NoSuchType' matches no type in the metadata\n");
    expect(stdout).not.toContain('export class');
  });

  it('patterns that match (a type, an operation, a namespace, a tag, a generic without arity) are silent', async () => {
    const result = await generate({
      input: TEST,
      lang: 'swift',
      date: new Date(0),
      options: { IncludeTypes: 'ResponseStatus,Authenticate.*,*.AuthenticateResponse,Test.ServiceModel/*,{auth}', ExcludeTypes: 'IReturn,types' },
    });
    expect(result.diagnostics).toEqual([]);
    // A generic's name without its arity, in both lists, and `*.Name` of a generic response.
    const generic = await generate({ input: fixture('metadata', 'northwind-subset.json'), lang: 'typescript', date: new Date(0), options: { IncludeTypes: '*.QueryResponse,QueryDb.*', ExcludeTypes: 'QueryBase,QueryDb' } });
    expect(generic.diagnostics).toEqual([]);
  });

  it('the library API reports them without a location, or at the location it is given', async () => {
    const result = await generate({ input: TEST, lang: 'python', date: new Date(0), options: { ExcludeTypes: 'Gone' } });
    expect(result.files).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      { code: 'unmatched-type-pattern', severity: 'warning', message: "option ExcludeTypes: 'Gone' matches no type in the metadata" },
    ]);
    const located = await generate({ input: TEST, lang: 'python', date: new Date(0), options: { excludeTypes: 'Gone' }, optionLocations: { excludeTypes: { file: 'opts.json', pointer: '/x' } } });
    expect(located.diagnostics.map((d) => d.location)).toEqual([{ file: 'opts.json', pointer: '/x' }]);
  });

  it("warn at the config's JSON pointer, as the key is written", async () => {
    const dir = makeTempDir('dtogen-select-');
    mkdirSync(path.join(dir, '.git'));
    copyFileSync(TEST, path.join(dir, 'test.json'));
    const output = { input: 'test.json', lang: 'py', out: 'dtos.py', options: { includeTypes: 'CreateJwt,Missing' } };
    writeFileSync(path.join(dir, 'dtogen.config.json'), JSON.stringify({ outputs: [output] }));
    const { code, stderr } = await dtogen([], dir);
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toBe("dtogen.config.json /outputs/0/options/includeTypes: warning: option IncludeTypes: 'Missing' matches no type in the metadata");
    expect(readFileSync(path.join(dir, 'dtos.py'), 'utf8')).toContain('class CreateJwt(');
  });

  it("warn at the header line's value on update", async () => {
    const dir = makeTempDir('dtogen-select-');
    const file = path.join(dir, 'dtos.ts');
    const first = await dtogen(['generate', TEST, '-o', file, '--include-types', 'CreateJwt', ...DATE]);
    expect(first).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\nIncludeTypes: CreateJwt\n', '\nIncludeTypes: CreateJwt,Typo\n'));
    const line = text.split('\n').indexOf('IncludeTypes: CreateJwt') + 1;
    const { code, stderr } = await dtogen(['update', file, ...DATE]);
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toBe(`${file}:${line}:15: warning: option IncludeTypes: 'Typo' matches no type in the metadata`);
  });
});

describe('unknown type names in the metadata', () => {
  it('Int33 is typed as Object, with a warning at its JSON pointer', async () => {
    const dir = makeTempDir('dtogen-select-');
    const metadata = JSON.parse(readFileSync(TEST, 'utf8')) as { api: { types: { name: string; properties?: { name: string; type: string }[] }[] } };
    const index = metadata.api.types.findIndex((t) => t.name === 'CreateJwtResponse');
    const property = metadata.api.types[index]?.properties?.[0];
    if (!property) throw new Error('CreateJwtResponse has no property');
    property.type = 'Int33';
    const input = path.join(dir, 'int33.json');
    writeFileSync(input, JSON.stringify(metadata));
    const { code, stderr } = await dtogen(['generate', input, '-l', 'python', ...DATE]);
    expect(code).toBe(0);
    expect(stderr).toBe(`${input} /api/types/${index}/properties/0/type: warning: unknown type 'Int33': the document does not describe it; typed as Object\n`);
  });
});
