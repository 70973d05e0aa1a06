// Config globs as a new user writes them: brace sets with a pattern inside, nested braces,
// dot-files (never matched by `*`) and dot-folders (searched when the pattern names them); and
// watch's idea of where a glob's files live.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlob, globBase, globMatcher } from '../../src/config/glob.js';
import { fixture } from '../support/paths.js';
import { DATE, dtogen, tempFolder, writeConfig } from './support.js';

const METADATA = readFileSync(fixture('metadata', 'test.json'), 'utf8');

function files(names: string[]): string {
  const folder = tempFolder();
  for (const name of names) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), METADATA);
  }
  return folder;
}

const expand = async (folder: string, pattern: string) => (await expandGlob(pattern, folder)).map((f) => path.relative(folder, f).split(path.sep).join('/'));

describe('config globs', () => {
  const folder = files(['meta/a.json', 'meta/b.json', 'meta/x', 'meta/.hidden.json', 'meta/sub/c.json', 'meta/sub/deep/d.json', '.meta/e.json', 'node_modules/pkg/f.json', 'meta/node_modules/g.json']);

  it('a brace set may hold a pattern and a plain name, and braces nest', async () => {
    expect(await expand(folder, 'meta/{*.json,x}')).toEqual(['meta/a.json', 'meta/b.json', 'meta/x']);
    expect(await expand(folder, 'meta/{a,sub/{c,deep/d}}.json')).toEqual(['meta/a.json', 'meta/sub/c.json', 'meta/sub/deep/d.json']);
  });

  it('`*` and `**` pass over dot-files and node_modules; a named dot-folder is searched', async () => {
    expect(await expand(folder, 'meta/*.json')).toEqual(['meta/a.json', 'meta/b.json']);
    expect(await expand(folder, '**/*.json')).toEqual(['meta/a.json', 'meta/b.json', 'meta/sub/c.json', 'meta/sub/deep/d.json']);
    expect(await expand(folder, '.meta/*.json')).toEqual(['.meta/e.json']);
    expect(await expand(folder, 'meta/.*.json')).toEqual(['meta/.hidden.json']);
  });

  it("watch's base folder and matcher: new files count, and so do files that matched before", () => {
    expect(globBase('meta/*.json', folder)).toEqual({ dir: path.join(folder, 'meta'), deep: false });
    expect(globBase('meta/**/*.json', folder)).toEqual({ dir: path.join(folder, 'meta'), deep: true });
    expect(globBase('meta/{a,sub/c}.json', folder)).toEqual({ dir: path.join(folder, 'meta'), deep: true });
    const matches = globMatcher('meta/*.json', folder, [path.join(folder, 'meta/gone.json')]);
    expect(matches(path.join(folder, 'meta/a.json'))).toBe(true);
    expect(matches(path.join(folder, 'meta/gone.json'))).toBe(true);
    expect(matches(path.join(folder, 'meta/.hidden.json'))).toBe(false);
    expect(matches(path.join(folder, 'meta/x'))).toBe(false);
  });

  it('a file whose name only looks like a pattern is that file', async () => {
    const project = files(['meta/app (1).json']);
    writeConfig(project, { outputs: [{ input: 'meta/app (1).json', lang: 'python', out: 'dtos.py' }] });
    expect((await dtogen(project, 'generate', '--date', DATE)).stderr).toMatch(/^dtogen: wrote dtos\.py in \d+ ms\n$/);
  });

  it('a config run generates one file per match of a brace set', async () => {
    const project = files(['meta/a.json', 'meta/b.json', 'meta/.hidden.json', 'extra/c.json']);
    writeConfig(project, { outputs: [{ input: '{meta/*.json,extra/c.json}', lang: 'python', out: 'out/{name}.py' }] });
    const run = await dtogen(project, 'generate', '--date', DATE);
    expect(run.stderr).toMatch(/^dtogen: wrote out\/c\.py, out\/a\.py, out\/b\.py in \d+ ms\n$/);
  });
});
