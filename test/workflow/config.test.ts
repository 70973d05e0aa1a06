// dtogen.config.json: several outputs in every language the registry has, globs, options,
// located errors, write-only-when-changed, and the schema shipped in the package.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, configSchemaText } from '../../src/config/schema.js';
import { generate, languages } from '../../src/index.js';
import { ROOT } from '../support/paths.js';
import { DATE, dtogen, project, writeConfig } from './support.js';

/** One output per language, a second Python output with options, and a glob over the fixtures. */
function everyLanguageConfig() {
  return {
    outputs: [
      ...languages().map((t) => ({ input: 'meta/test.json', lang: t.id, out: `out/${t.id}/${t.defaultFileName}` })),
      { input: 'meta/test.json', lang: 'python', out: 'out/python-options/dtos.py', options: { AddResponseStatus: true, IncludeTypes: 'CreateJwt.*' } },
      { input: 'meta/*.json', lang: 'python', out: 'out/each/{name}_dtos.py' },
    ],
  };
}

async function expected(folder: string, input: string, lang: string, out: string, options = {}) {
  const result = await generate({
    input: path.join(folder, input),
    lang,
    options,
    date: new Date(DATE),
    recordedInput: path.relative(path.dirname(path.join(folder, out)), path.join(folder, input)).split(path.sep).join('/'),
  });
  return result.files.map((f) => f.content).join('');
}

describe('dtogen generate with a config file', () => {
  it('writes every output of every language, each exactly as generate() makes it', async () => {
    const folder = project(everyLanguageConfig());
    const run = await dtogen(folder, 'generate', '--date', DATE);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const count = languages().length + 1 + 3;
    expect(run.stderr).toMatch(new RegExp(`^dtogen: wrote (out/[\\w./-]+, ){${count - 1}}out/[\\w./-]+ in \\d+ ms\\n$`));

    for (const t of languages()) {
      const out = `out/${t.id}/${t.defaultFileName}`;
      expect(readFileSync(path.join(folder, out), 'utf8')).toBe(await expected(folder, 'meta/test.json', t.id, out));
    }
    const withOptions = readFileSync(path.join(folder, 'out/python-options/dtos.py'), 'utf8');
    expect(withOptions).toBe(await expected(folder, 'meta/test.json', 'python', 'out/python-options/dtos.py', { AddResponseStatus: true, IncludeTypes: 'CreateJwt.*' }));
    expect(withOptions).toContain('\nAddResponseStatus: True\n');
    expect(withOptions).toContain('\nIncludeTypes: CreateJwt.*\n');
    expect(withOptions).toContain('\nInput: ../../meta/test.json\nBaseUrl: https://test.servicestack.net\n');
    expect(readdirSync(path.join(folder, 'out/each')).sort()).toEqual(['reporting_dtos.py', 'techstacks_dtos.py', 'test_dtos.py']);
    expect(readFileSync(path.join(folder, 'out/each/techstacks_dtos.py'), 'utf8')).toBe(
      await expected(folder, 'meta/techstacks.json', 'python', 'out/each/techstacks_dtos.py'),
    );
  });

  it('is deterministic, and a second run writes nothing', async () => {
    const a = project(everyLanguageConfig());
    const b = project(everyLanguageConfig());
    expect((await dtogen(a, 'generate', '--date', DATE)).code).toBe(0);
    expect((await dtogen(b, 'generate', '--date', DATE)).code).toBe(0);
    const files = (folder: string) =>
      readdirSync(path.join(folder, 'out'), { recursive: true, encoding: 'utf8' })
        .filter((f) => existsSync(path.join(folder, 'out', f)) && statSync(path.join(folder, 'out', f)).isFile())
        .sort()
        .map((f) => [f, readFileSync(path.join(folder, 'out', f), 'utf8')]);
    expect(files(a)).toEqual(files(b));

    const before = statSync(path.join(a, 'out/python/dtos.py')).mtimeMs;
    // Another date changes nothing but the Date line: the files stay as they are.
    const again = await dtogen(a, 'generate', '--date', '2030-01-01');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^dtogen: nothing to write, \d+ unchanged in \d+ ms\n$/);
    expect(statSync(path.join(a, 'out/python/dtos.py')).mtimeMs).toBe(before);
    expect(files(a)).toEqual(files(b));
  });

  it('takes --config and resolves paths from the config file folder, writing anywhere in its repository', async () => {
    const folder = project();
    mkdirSync(path.join(folder, '.git'));
    writeConfig(path.join(folder, 'meta'), { outputs: [{ input: 'test.json', lang: 'python', out: '../gen/dtos.py' }] });
    const run = await dtogen(folder, 'generate', '--config', 'meta/dtogen.config.json', '--date', DATE);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(path.join(folder, 'gen/dtos.py'), 'utf8')).toBe(await expected(folder, 'meta/test.json', 'python', 'gen/dtos.py'));
  });

  it('reports every problem of a bad config on its own line, with its location, and writes nothing', async () => {
    const folder = project({
      outputs: [
        { input: 'meta/test.json', lang: 'rust', out: 'a.rs' },
        { input: 'meta/test.json', lang: 'python', out: 'b.py', options: { AddResponseStatus: 'yes', Nope: true }, extra: 1 },
        { lang: 'python', out: 'c.py' },
        'meta/test.json',
      ],
      outptus: [],
    });
    const run = await dtogen(folder, 'generate');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      "dtogen.config.json /outptus: unknown field 'outptus' (known: $schema, outputs, allowOutputsOutside)",
      "dtogen.config.json /outputs/0/lang: unknown language 'rust' (known: " + languages().map((t) => t.id).join(', ') + ')',
      "dtogen.config.json /outputs/1/extra: unknown field 'extra' (known: input, lang, out, options, op, prettier, headers)",
      "dtogen.config.json /outputs/1/options/AddResponseStatus: option AddResponseStatus: expected True or False, found 'yes'",
      `dtogen.config.json /outputs/1/options/Nope: unknown python option 'Nope' (known: ${languages()[0]?.policy.options.map((o) => o.key).join(', ')})`,
      "dtogen.config.json /outputs/2: missing required field 'input'",
      'dtogen.config.json /outputs/3: expected an object, found a string',
      expect.stringMatching(/^dtogen: config has errors, nothing generated in \d+ ms$/),
    ]);
    expect(readdirSync(folder).sort()).toEqual(['dtogen.config.json', 'meta']);
  });

  it('takes an operation and prettier per output, and --check agrees with what it wrote', async () => {
    const folder = project({
      outputs: [
        { input: 'meta/test.json', lang: 'typescript', out: 'out/dtos.ts', prettier: true },
        { input: 'meta/test.json', lang: 'python', out: 'out/create_jwt.py', op: 'CreateJwt' },
      ],
    });
    writeFileSync(path.join(folder, '.prettierrc'), '{ "singleQuote": true, "printWidth": 100 }\n');
    expect((await dtogen(folder, 'generate', '--date', DATE)).code).toBe(0);
    const formatted = await generate({
      input: path.join(folder, 'meta/test.json'),
      lang: 'typescript',
      date: new Date(DATE),
      recordedInput: '../meta/test.json',
      format: 'prettier',
      outputPath: path.join(folder, 'out/dtos.ts'),
    });
    const written = readFileSync(path.join(folder, 'out/dtos.ts'), 'utf8');
    expect(written).toBe(formatted.files[0]?.content);
    // ServiceStack indents by 4; prettier's default is 2.
    expect(written).toContain('\n  public token: string;\n');
    expect(written).not.toContain('\n    public token: string;\n');
    const operation = readFileSync(path.join(folder, 'out/create_jwt.py'), 'utf8');
    expect(operation.startsWith('import datetime\n')).toBe(true);
    expect(operation).toContain('class CreateJwt(AuthUserSession):');
    expect((await dtogen(folder, 'generate', '--check', '--date', DATE)).code).toBe(0);
  });

  it('locates a JSON syntax error in the config by line and column', async () => {
    const folder = project();
    writeFileSync(path.join(folder, 'dtogen.config.json'), '{\n  "outputs": [\n    { "input": "meta/test.json" "lang" }\n  ]\n}\n');
    const run = await dtogen(folder, 'generate');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/^dtogen\.config\.json:3:33: not valid JSON: /);
  });

  it('needs {name} in the output path when a glob matches several files, and names a glob that matches none', async () => {
    const folder = project({
      outputs: [
        { input: 'meta/*.json', lang: 'python', out: 'all.py' },
        { input: 'nowhere/*.json', lang: 'python', out: '{name}.py' },
        { input: 'meta/test.json', lang: 'python', out: 'x.py' },
        { input: 'meta/te?t.json', lang: 'python', out: 'x.py' },
      ],
    });
    const run = await dtogen(folder, 'generate');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'dtogen.config.json /outputs/0/out: the input matches 3 files: put {name} in the output path to give each its own file',
      "dtogen.config.json /outputs/1/input: 'nowhere/*.json' matches no file",
      "dtogen.config.json /outputs/3/out: output 'x.py' is also written by dtogen.config.json /outputs/2",
    ]);
  });

  it('says what is missing when there is neither an input nor a config file', async () => {
    const folder = project();
    const run = await dtogen(folder, 'generate');
    expect(run).toEqual({ code: 2, stdout: '', stderr: `dtogen: no input given, and no dtogen.config.json (or .jsonc) in ${folder} or above it\nRun 'dtogen --help' for usage.\n` });
    const flags = await dtogen(project(everyLanguageConfig()), 'generate', '--lang', 'python');
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain('--lang applies to a single input');
  });
});

describe('the config JSON Schema', () => {
  it('is the file the package ships, current with the language registry (npm run schema rewrites it)', () => {
    const shipped = readFileSync(path.join(ROOT, 'schema', 'dtogen.config.schema.json'), 'utf8');
    expect(shipped, 'schema/dtogen.config.schema.json is stale: run npm run schema').toBe(configSchemaText());
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
  });

  it('lists every language (and its short names) and, per language, exactly its options', () => {
    const schema = configSchema() as {
      definitions: { output: { properties: { lang: { enum: string[] } }; allOf: { if: { properties: { lang: { enum: string[] } } }; then: { properties: { options: { properties: object } } } }[] } };
    };
    const output = schema.definitions.output;
    const names = (t: { id: string; aliases?: readonly string[] }) => [t.id, ...(t.aliases ?? [])];
    expect(output.properties.lang.enum).toEqual(languages().flatMap(names));
    expect(output.properties.lang.enum).toEqual(expect.arrayContaining(['py', 'ts', 'tsd']));
    for (const t of languages()) {
      const rule = output.allOf.find((r) => r.if.properties.lang.enum[0] === t.id);
      expect(rule?.if.properties.lang.enum).toEqual(names(t));
      expect(Object.keys(rule?.then.properties.options.properties ?? {})).toEqual(t.policy.options.map((o) => o.key));
    }
  });
});
