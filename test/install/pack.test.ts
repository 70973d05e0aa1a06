// The package as a user installs it: `npm pack`, then `npm i ./dtogen-x.y.z.tgz` into a fresh
// project, offline (from the npm cache), and the installed `npx dtogen`, `import` and `require`.
// Without the dependencies in the npm cache the test is skipped, loudly; in CI it fails instead.

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

const run = promisify(execFile);
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let project = '';
let installed = false;

async function npm(cwd: string, ...args: string[]) {
  return run('npm', args, { cwd, timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'npm run build' first`);
  const packed = makeTempDir('dtogen-pack-');
  // The build is current (npm test builds first): pack what it made, without building again.
  await npm(ROOT, 'pack', '--ignore-scripts', '--pack-destination', packed);
  project = makeTempDir('dtogen-install-');
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', version: '1.0.0', private: true }));
  try {
    await npm(project, 'install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(packed, `dtogen-${version}.tgz`));
    installed = true;
  } catch (error) {
    const message = `install tests need dtogen's dependencies from the npm cache or registry (${String((error as { stderr?: string }).stderr ?? error).split('\n')[0]})`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n*** SKIPPED: ${message} ***\n`);
  }
}, 180_000);

describe('installed from the packed tarball', () => {
  it('npx dtogen --version', async (context) => {
    if (!installed) context.skip();
    const { stdout } = await run('npx', ['--offline', 'dtogen', '--version'], { cwd: project });
    expect(stdout).toBe(`${version}\n`);
  });

  it('npx dtogen generate, the language from the extension', async (context) => {
    if (!installed) context.skip();
    copyFileSync(fixture('metadata', 'test.json'), path.join(project, 'test.json'));
    await run('npx', ['--offline', 'dtogen', 'generate', 'test.json', '-o', 'dtos.py', '--date', '2026-01-02'], { cwd: project });
    const { stdout: inClone } = await run(process.execPath, [BIN, 'generate', 'test.json', '-l', 'python', '--date', '2026-01-02', '-o', 'clone.py'], { cwd: project });
    expect(inClone).toBe('');
    expect(readFileSync(path.join(project, 'dtos.py'), 'utf8')).toBe(readFileSync(path.join(project, 'clone.py'), 'utf8').replace('clone.py', 'dtos.py'));
  });

  it('import and require give the same library', async (context) => {
    if (!installed) context.skip();
    const { stdout: esm } = await run(process.execPath, ['--input-type=module', '-e', "import * as d from 'dtogen'; console.log(typeof d.generate, Object.keys(d).length)"], { cwd: project });
    const { stdout: cjs, stderr } = await run(process.execPath, ['-e', "const d = require('dtogen'); console.log(typeof d.generate, Object.keys(d).length)"], { cwd: project });
    expect(esm).toMatch(/^function \d+\n$/);
    expect(cjs).toBe(esm);
    expect(stderr).toBe('');
  });

  it('carries its licence, templates and schema', (context) => {
    if (!installed) context.skip();
    const pkg = path.join(project, 'node_modules', 'dtogen');
    expect(readFileSync(path.join(pkg, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(existsSync(path.join(pkg, 'templates', 'python'))).toBe(true);
    expect(existsSync(path.join(pkg, 'schema', 'dtogen.config.schema.json'))).toBe(true);
    expect(existsSync(path.join(pkg, 'test'))).toBe(false);
  });
});
