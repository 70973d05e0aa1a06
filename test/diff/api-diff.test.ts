// `dtogen diff`: the changes between two versions of a fixture (fixtures/versions/test-v2.json is
// test.json with a known set of edits), small cases for what that pair does not cover, the
// reports, and the exit codes.

import { describe, expect, it } from 'vitest';
import { compareModels } from '../../src/diff/compare.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderGithub, renderMarkdown } from '../../src/diff/render.js';
import { makeTempDir } from '../support/temp.js';
import { loadInput, loadText, type MetadataModel } from '../../src/index.js';
import { runCli } from '../../src/cli/run.js';
import { fixture } from '../support/paths.js';
import { typescript } from '../../src/targets/typescript/index.js';

const OLD = fixture('metadata', 'test.json');
const NEW = fixture('versions', 'test-v2.json');

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

async function model(file: string): Promise<MetadataModel> {
  const loaded = await loadInput(file);
  if (!loaded.model) throw new Error(`${file} does not load`);
  return loaded.model;
}

/** A tiny /types/metadata document: one operation, its request, a type and an enum. */
function doc(edit: (parts: { route: { path: string; verbs?: string }; request: { name: string; properties: object[] }; colours: string[] }) => void) {
  const parts = {
    route: { path: '/hello/{Name}', verbs: 'GET,POST' },
    request: { name: 'Hello', namespace: 'My', properties: [{ name: 'Name', type: 'String', namespace: 'System' }] as object[] },
    colours: ['Red', 'Green'],
  };
  edit(parts);
  const text = JSON.stringify({
    types: [
      { name: 'HelloResponse', namespace: 'My', properties: [{ name: 'Result', type: 'String', namespace: 'System' }] },
      { name: 'Colour', namespace: 'My', isEnum: true, enumNames: parts.colours },
    ],
    operations: [{ request: parts.request, response: { name: 'HelloResponse', namespace: 'My' }, routes: [parts.route], actions: ['ANY'] }],
  });
  const loaded = loadText(text, 'doc.json');
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.model;
}

const summary = (before: MetadataModel, after: MetadataModel) =>
  compareModels(before, after).changes.map((c) => `${c.breaking ? 'BREAKING ' : ''}${c.kind} ${c.subject} ${c.name}: ${c.detail}`);

describe('compareModels', () => {
  it('finds the known changes between two versions of a fixture, breaking ones first', async () => {
    expect(summary(await model(OLD), await model(NEW))).toEqual([
      'BREAKING removed operation Authenticate: operation removed',
      'BREAKING changed route CreateJwt /jwt: verbs changed from any verb to POST',
      'BREAKING removed type Authenticate: class removed',
      'BREAKING removed type AuthenticateResponse: class removed',
      'BREAKING changed property AuthUserSession.Id: type changed from String to Int32',
      'BREAKING removed property AuthUserSession.TwitterUserId: property removed (was String)',
      'BREAKING added property CreateJwt.Scope: property added (String, required)',
      'BREAKING changed property IAuthTokens.Provider: optional property made required',
      'BREAKING changed property ResponseStatus.ErrorCode: required property made optional',
      'added operation GetJwtInfo: operation added: GET /jwt/{Token}',
      'added route CreateJwt /auth/jwt: route added (POST)',
      'added type GetJwtInfo: class added',
      'added type GetJwtInfoResponse: class added',
      'added type JwtAlgorithm: enum added',
      'added property CreateJwt.Audience: property added (String)',
      'added property CreateJwtResponse.ExpiresAt: property added (DateTime)',
    ]);
  });

  it('finds nothing between a model and itself', async () => {
    expect(compareModels(await model(OLD), await model(OLD))).toEqual({ breaking: 0, nonBreaking: 0, changes: [] });
  });

  it('tells narrowed verbs from widened ones, and enum members removed from added', () => {
    const base = doc(() => {});
    expect(summary(base, doc((p) => (p.route.verbs = 'GET')))).toEqual(['BREAKING changed route Hello /hello/{Name}: verbs changed from GET, POST to GET']);
    expect(summary(base, doc((p) => delete p.route.verbs))).toEqual(['changed route Hello /hello/{Name}: verbs changed from GET, POST to any verb']);
    expect(summary(base, doc((p) => (p.route.path = '/hi/{Name}')))).toEqual([
      'BREAKING removed route Hello /hello/{Name}: route removed (GET, POST)',
      'added route Hello /hi/{Name}: route added (GET, POST)',
    ]);
    expect(summary(base, doc((p) => (p.colours = ['Red', 'Blue'])))).toEqual(['BREAKING added enum-member Colour.Blue: enum member added', 'BREAKING removed enum-member Colour.Green: enum member removed']);
  });

  it('treats a new optional request property as safe, and a request property made nullable too', () => {
    const base = doc(() => {});
    expect(summary(base, doc((p) => p.request.properties.push({ name: 'Age', type: 'Int32', namespace: 'System', isValueType: true })))).toEqual([
      'added property Hello.Age: property added (Int32)',
    ]);
    const withAge = doc((p) => p.request.properties.push({ name: 'Age', type: 'Int32', namespace: 'System', isValueType: true }));
    const nullable = doc((p) => p.request.properties.push({ name: 'Age', type: 'Nullable`1', namespace: 'System', genericArgs: ['Int32'], isValueType: true }));
    expect(summary(withAge, nullable)).toEqual(['changed property Hello.Age: type changed from Int32 to Int32?']);
    expect(summary(nullable, withAge)).toEqual(['BREAKING changed property Hello.Age: type changed from Int32? to Int32']);
  });
});

describe('reports', () => {
  it('renders Markdown grouped by operation, with the generated lines a breaking change alters', () => {
    const base = doc(() => {});
    const after = doc((p) => {
      p.route.verbs = 'GET';
      p.colours = ['Red', 'Green', 'Blue'];
      p.request.properties.push({ name: 'Age', type: 'Int32', namespace: 'System', isValueType: true });
    });
    expect(renderMarkdown(compareModels(base, after, { languages: [{ target: typescript, options: new Map() }] }))).toBe(
      [
        '## API changes: 1 breaking, 2 non-breaking',
        '',
        '### `Hello` (1 breaking)',
        '',
        '- **Breaking** changed route `Hello /hello/{Name}` (request): verbs changed from GET, POST to GET; breaks clients that call it with POST',
        '',
        '  typescript:',
        '  ```diff',
        '  - // @Route("/hello/{Name}", "GET,POST")',
        '  + // @Route("/hello/{Name}", "GET")',
        '  ```',
        '',
        '- added property `Hello.Age` (request): property added (Int32); clients may leave it out',
        '',
        '### Types no operation uses',
        '',
        '- added enum member `Colour.Blue` (unused): enum member added; clients need not send it',
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(compareModels(base, base))).toBe('## API changes\n\nNo changes.\n');
  });
});

describe('dtogen diff', () => {
  it('prints Markdown by default and JSON on request', async () => {
    const md = await run('diff', OLD, NEW);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('## API changes: 9 breaking, 7 non-breaking');
    const json = await run('diff', OLD, NEW, '--format', 'json');
    const parsed = JSON.parse(json.stdout) as { breaking: number; nonBreaking: number; changes: { breaking: boolean }[] };
    expect(parsed).toMatchObject({ breaking: 9, nonBreaking: 7 });
    expect(parsed.changes).toHaveLength(16);
  });

  it('exits 1 with --fail-on-breaking only when something breaks', async () => {
    expect((await run('diff', OLD, NEW, '--fail-on-breaking')).code).toBe(1);
    expect((await run('diff', NEW, NEW, '--fail-on-breaking')).code).toBe(0);
  });

  it('prints GitHub annotations: an error for each breaking change, a notice for the others', async () => {
    const gh = await run('diff', OLD, NEW, '--format', 'github');
    const lines = gh.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error title=Breaking API change::'))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::notice title=API change::'))).toHaveLength(7);
    expect(lines[0]).toBe('::error title=Breaking API change::removed operation Authenticate in Authenticate (request): operation removed; breaks clients that call it');
  });

  it('escapes annotation data so that no metadata text can start a workflow command', () => {
    const change = { kind: 'removed', subject: 'route', name: 'Hello /a\n::error::100%', breaking: true, detail: 'route removed', reason: 'r', direction: 'request' } as const;
    expect(renderGithub({ breaking: 1, nonBreaking: 0, changes: [change] })).toBe('::error title=Breaking API change::removed route Hello /a%0A::error::100%25 (request): route removed; r\n');
  });

  it('shows the generated lines in the languages given with --lang, or those of a config', async () => {
    const md = await run('diff', OLD, NEW, '-l', 'python');
    expect(md.stdout).toContain(['  python:', '  ```diff', '  -     twitter_user_id: Optional[str] = None', '  ```'].join('\n'));
    expect(md.stdout).not.toContain('typescript:');
    const dir = makeTempDir('dtogen-diff-');
    const config = path.join(dir, 'dtogen.config.json');
    writeFileSync(config, JSON.stringify({ outputs: [{ input: OLD, lang: 'typescript', out: 'dtos.ts', options: { MakePropertiesOptional: true } }] }));
    const json = JSON.parse((await run('diff', OLD, NEW, '--config', config, '--format', 'json')).stdout) as { changes: { name: string; code?: unknown }[] };
    expect(json.changes.find((c) => c.name === 'AuthUserSession.TwitterUserId')?.code).toEqual([{ lang: 'typescript', removed: ['    public twitterUserId?: string;'], added: [] }]);
  });

  it('names a broken config and exits 1', async () => {
    const dir = makeTempDir('dtogen-diff-');
    const config = path.join(dir, 'dtogen.config.json');
    writeFileSync(config, '{ "outputs": 1 }');
    const result = await run('diff', OLD, NEW, '--config', config);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/dtogen\.config\.json/);
  });

  it('names a broken input and exits 1', async () => {
    expect(await run('diff', OLD, 'nowhere.json')).toEqual({ code: 1, stdout: '', stderr: 'nowhere.json: cannot read input: no such file\n' });
  });
});
