// Every metadata document generates a module Node accepts (`node --check`), whole and per
// operation, and the mjs options, selection and refusals do what ServiceStack's generator does.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { MetadataModel, TypeRef } from '../../src/model/types.js';
import { ALL_INPUTS } from '../support/inputs.js';
import { requireFolder, ROOT, SHARED } from '../support/paths.js';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'dtogen-mjs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SUBSET = path.join(ROOT, 'test', 'mjs', 'fixtures', 'get-dtos-subset.json');
const INPUTS = [...ALL_INPUTS, { label: 'get-dtos-subset', file: SUBSET }];

/** `node --check` on the text as an ES module: the syntax error, or '' when there is none. */
async function syntaxError(name: string, source: string): Promise<string> {
  const file = path.join(folder, `${name}.mjs`);
  writeFileSync(file, source);
  try {
    await run(process.execPath, ['--check', file]);
    return '';
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
}

/** Node's module parser on many texts in one process (as `node --check` parses each): the errors, by index. */
const PARSE_EACH = `
const vm = require('node:vm');
const texts = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
const errors = {};
texts.forEach((text, i) => { try { new vm.SourceTextModule(text); } catch (e) { errors[i] = String(e); } });
process.stdout.write(JSON.stringify(errors));
`;

async function syntaxErrors(name: string, sources: string[]): Promise<Record<string, string>> {
  const file = path.join(folder, `${name}.json`);
  writeFileSync(file, JSON.stringify(sources));
  const { stdout } = await run(process.execPath, ['--experimental-vm-modules', '--no-warnings', '-e', PARSE_EACH, file], { maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as Record<string, string>;
}

async function model(file: string): Promise<MetadataModel> {
  const loaded = await loadInput(file);
  if (!loaded.model) throw new Error(`${file} does not load`);
  return loaded.model;
}

async function mjsOf(input: string | MetadataModel, options: Record<string, string | boolean> = {}, operation?: string): Promise<string> {
  const result = await generate({ ...(typeof input === 'string' ? { input } : { model: input }), lang: 'mjs', date: new Date(0), options, ...(operation ? { op: operation } : {}) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe('every input generates a module Node accepts', () => {
  it('(the checks find syntax errors)', async () => {
    expect(await syntaxError('control', 'export class A {')).toMatch(/SyntaxError/);
    expect(Object.keys(await syntaxErrors('control', ['export class A {', 'export class B {}', 'export class C { constructor; }']))).toEqual(['0', '2']);
  });

  it.each(INPUTS.map((i) => [i.label, i.file]))('%s', async (label, file) => {
    const loaded = await model(file);
    expect(await syntaxError(label, await mjsOf(loaded))).toBe('');
    // Every operation's page.
    const pages = await Promise.all(loaded.operations.map((op) => mjsOf(loaded, {}, op.name)));
    expect(pages.length).toBe(loaded.operations.length);
    expect(await syntaxErrors(`${label}-pages`, pages)).toEqual({});
  });
});

describe('mjs options', () => {
  it('AddDocAnnotations: False leaves out every JSDoc comment, and the header says so', async () => {
    const text = await mjsOf(SUBSET, { AddDocAnnotations: false });
    expect(text).toContain('\nAddDocAnnotations: False\n');
    const body = text.slice(text.indexOf('"use strict";'));
    expect(body).not.toContain('/**');
    expect(body).toContain('export class Hello {\n    constructor(init) { Object.assign(this, init) }\n    name;\n');
  });

  it('AddDescriptionAsComments: False keeps the types and drops the descriptions', async () => {
    const text = await mjsOf(SUBSET, { AddDescriptionAsComments: false });
    expect(text).not.toContain('@description');
    expect(text).toContain('    /** @type {string} */\n    name;\n');
  });

  it('IncludeTypes brings an operation with what it uses; ExcludeTypes takes types out', async () => {
    const names = (text: string) => [...text.matchAll(/^export (?:class|var) (\w+)/gm)].map((m) => m[1]);
    expect(names(await mjsOf(SUBSET, { IncludeTypes: 'Hello.*' }))).toEqual(['HelloResponse', 'Hello']);
    expect(names(await mjsOf(SUBSET, { ExcludeTypes: 'Booking,Hello' }))).not.toContain('Booking');
  });

  it('AddReturnMarker: False leaves requests without a declared return type an empty createResponse, as ServiceStack spaces it', async () => {
    const loaded = await model(SUBSET);
    const withoutReturnType: MetadataModel = { ...loaded, operations: loaded.operations.map(({ returnType: _, ...op }) => op) };
    const text = await mjsOf(withoutReturnType, { AddReturnMarker: false });
    expect(text).toContain("    getTypeName() { return 'Hello' }\n    getMethod() { return 'GET' }\n    createResponse () { };\n}");
    expect(await syntaxError('no-return-marker', text)).toBe('');
  });

  it('dtogen update regenerates a module from its own header, with the option a user uncommented', async () => {
    const file = path.join(folder, 'updated.mjs');
    const quiet = { stdout: () => {}, stderr: () => {} };
    expect(await runCli(['generate', SUBSET, '-l', 'mjs', '-o', file, '--date', '2026-01-01T00:00:00Z'], quiet)).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('//AddDocAnnotations: True', 'AddDocAnnotations: False'));
    expect(await runCli(['update', file, '--date', '2026-01-01T00:00:00Z'], quiet)).toBe(0);
    const updated = readFileSync(file, 'utf8');
    expect(updated).toContain('\nAddDocAnnotations: False\n');
    expect(updated.slice(updated.indexOf('"use strict";'))).not.toContain('/**');
  });

  it('classes over .NET collections: one Dictionary base declared where first used, and no init passed to Array or Dictionary', async () => {
    const loaded = await model(SUBSET);
    const text: TypeRef = { kind: 'primitive', name: 'String' };
    const bases: Record<string, TypeRef> = {
      Coupon: { kind: 'dictionary', container: 'Dictionary', key: text, value: text },
      User: { kind: 'list', container: 'List', element: text },
      PageStats: { kind: 'dictionary', container: 'Dictionary', key: text, value: text },
    };
    const types = loaded.types.map((t) => (t.kind === 'class' && bases[t.name] ? { ...t, base: bases[t.name] } : t));
    const out = await mjsOf({ ...loaded, types });
    expect(out.match(/^class Dictionary \{\}$/gm)).toHaveLength(1);
    expect(out).toContain('class Dictionary {}\nexport class Coupon extends Dictionary {\n');
    expect(out).toContain('export class User extends Array {\n');
    expect(out).toContain('export class PageStats extends Dictionary {\n');
    expect(out.match(/constructor\(init\) \{ super\(\); Object\.assign\(this, init\) \}/g)).toHaveLength(3);
    expect(await syntaxError('collection-bases', out)).toBe('');
  });

  it('operation mode: the declarations only, with neither header nor "use strict"', async () => {
    const text = await mjsOf(SUBSET, {}, 'Hello');
    expect(text.startsWith('export class HelloResponse {\n')).toBe(true);
    expect(text).not.toContain('use strict');
    expect(text).not.toContain('getTypeName');
  });
});

const HOSTILE = path.join(SHARED, 'hostile');
const HAS_HOSTILE = requireFolder(HOSTILE, 'hostile input tests');

describe('safe output', () => {
  const hostile = (name: string) => path.join(HOSTILE, name);

  it.skipIf(!HAS_HOSTILE)("refuses a field named 'constructor', located", async () => {
    const result = await generate({ input: hostile('08-ts-constructor-property.json'), lang: 'mjs' });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.message)).toEqual(["property 'constructor' cannot be declared in a JavaScript class"]);
  });

  it('free text cannot end a comment or a string, and names that would shadow globals are renamed', async () => {
    const loaded = await model(SUBSET);
    const types = loaded.types.map((t) => {
      if (t.name === 'Coupon' && t.kind === 'class') {
        return { ...t, properties: t.properties.map((p, i) => (i === 0 ? { ...p, description: 'ends */ here\nthen */ again', wireName: 'a*/b' } : p)) };
      }
      if (t.name === 'RoomType' && t.kind === 'enum') return { ...t, name: 'Object', members: t.members.map((m, i) => (i === 0 ? { ...m, memberValue: `x"'*/y`, wireName: `x"'*/y` } : m)) };
      return t;
    });
    const text = await mjsOf({ ...loaded, types });
    expect(await syntaxError('hostile-text', text)).toBe('');
    expect(text).toContain(' * @description ends *\\/ here\nthen *\\/ again */');
    expect(text).toContain("/** @param {{'a*\\/b'?:string,");
    expect(text).toContain("    'a*/b';\n");
    expect(text).toContain('export var Object_;');
    expect(text).toContain(`    Object_["Single"] = "x\\"'*/y"`);
    expect(text).toContain("/** @typedef {'x\"\\'*\\/y'|'Double'");
  });

  it.skipIf(!HAS_HOSTILE)('a 20,000-deep chain of bases generates in one pass', async () => {
    const started = performance.now();
    const text = await mjsOf(hostile('22-swift-deep-inheritance-quadratic.json'));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text).toContain('export class Level0 extends Level1 {\n    /** @param {{v?:string}} [init] */\n');
  });
});
