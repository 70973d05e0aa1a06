// `dtogen page` from the command line, and text from metadata kept inert in HTML.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { loadText } from '../../src/loaders/index.js';
import { buildPage, renderPage } from '../../src/pages/index.js';
import { fixture, HAS_SEEDS } from '../support/paths.js';
import { seedPage } from '../support/seeds.js';

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

describe('dtogen page', () => {
  it.runIf(HAS_SEEDS)('prints seed 000 as text', async () => {
    const result = await run('page', fixture('metadata', 'test.json'), '--op', 'CreateJwt', '--lang', 'python', '--format', 'text');
    expect(result).toEqual({ code: 0, stdout: `${seedPage('000')}\n`, stderr: '' });
  });

  it('names an unknown operation, and the input', async () => {
    expect(await run('page', fixture('metadata', 'test.json'), '--op', 'Nope')).toEqual({ code: 1, stdout: '', stderr: `${fixture('metadata', 'test.json')}: no operation named 'Nope'\n` });
  });

  it('shows no parameter table for a type without properties', async () => {
    const { code, stdout } = await run('page', fixture('metadata', 'system-responses.json'), '--op', 'GetBytes');
    expect(code).toBe(0);
    expect(stdout).not.toContain('Parameters:');
    expect((await run('page', fixture('metadata', 'system-responses.json'), '--op', 'GetText')).stdout).toContain('\nGetText Parameters:\n');
  });

  it('shows JSON samples on request', async () => {
    const { code, stdout } = await run('page', fixture('metadata', 'techstacks.json'), '--op', 'Authenticate', '--samples', 'json');
    expect(code).toBe(0);
    expect(stdout).toContain('\nHTTP + JSON\n');
    expect(stdout).toContain('\nAccept: application/json\nContent-Type: application/json\nContent-Length: length\n\n{"provider":"String","userName":"String",');
  });

  it('escapes metadata text in HTML', async () => {
    const hostile = '</pre><script>alert(1)</script>';
    const loaded = loadText(
      JSON.stringify({
        app: { serviceName: hostile },
        api: {
          types: [],
          operations: [
            {
              request: { name: 'Hello', namespace: 'App', description: hostile, properties: [{ name: 'Name', type: 'String', description: hostile }] },
              tags: [hostile],
              routes: [{ path: `/hello/${hostile}`, summary: hostile }],
            },
          ],
        },
      }),
      'hostile.json',
    );
    expect(loaded.diagnostics).toEqual([]);
    const { view } = await buildPage({ model: loaded.model!, op: 'Hello' });
    const html = renderPage(view!, 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
