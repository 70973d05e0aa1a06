// Watch runs reuse the load of an input whose files have not changed, and load again as soon as
// any of them has: the input itself, or a file it imports.

import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadCache } from '../../src/workflow/load-cache.js';
import { Generations, runJobs } from '../../src/workflow/run-jobs.js';
import { fixture } from '../support/paths.js';
import { makeTempDir } from '../support/temp.js';

async function load(cache: LoadCache, file: string) {
  return cache.load(file, file, {});
}

let minutesAgo = 60;
/** A save that is no longer recent: a file just saved is always loaded again (see RACY_MS). */
function settle(...files: string[]) {
  const then = new Date(Date.now() - minutesAgo-- * 60_000);
  for (const file of files) utimesSync(file, then, then);
}

describe('the load cache of watch runs', () => {
  it('reuses an unchanged input and reloads a changed one', async () => {
    const dir = makeTempDir('dtogen-loads-');
    const input = path.join(dir, 'test.json');
    copyFileSync(fixture('metadata', 'test.json'), input);
    settle(input);
    const cache = new LoadCache();
    const first = await load(cache, input);
    expect(first.model).toBeDefined();
    expect(await load(cache, input)).toBe(first);

    const document = JSON.parse(readFileSync(input, 'utf8')) as { app: { baseUrl: string } };
    document.app.baseUrl = 'https://changed.example.org';
    writeFileSync(input, JSON.stringify(document));
    settle(input);
    const second = await load(cache, input);
    expect(second).not.toBe(first);
    expect(second.model?.service.baseUrl).toBe('https://changed.example.org');
    expect(await load(cache, input)).toBe(second);
  });

  it('a broken input stays broken until saved, then loads', async () => {
    const dir = makeTempDir('dtogen-loads-');
    const input = path.join(dir, 'test.json');
    writeFileSync(input, '{"api": ');
    settle(input);
    const cache = new LoadCache();
    const broken = await load(cache, input);
    expect(broken.model).toBeUndefined();
    expect(await load(cache, input)).toBe(broken);
    copyFileSync(fixture('metadata', 'test.json'), input);
    settle(input);
    expect((await load(cache, input)).model).toBeDefined();
  });

  it('a file saved just now is loaded again on every run', async () => {
    const input = path.join(makeTempDir('dtogen-loads-'), 'test.json');
    copyFileSync(fixture('metadata', 'test.json'), input);
    const cache = new LoadCache();
    const first = await load(cache, input);
    expect(await load(cache, input)).not.toBe(first);
  });

  it('a missing input loads once it appears', async () => {
    const input = path.join(makeTempDir('dtogen-loads-'), 'later.json');
    const cache = new LoadCache();
    expect((await load(cache, input)).model).toBeUndefined();
    copyFileSync(fixture('metadata', 'test.json'), input);
    expect((await load(cache, input)).model).toBeDefined();
  });

  it('follows the files a TypeScript input imports', async () => {
    const dir = makeTempDir('dtogen-loads-');
    writeFileSync(path.join(dir, 'shared.ts'), 'export class Item { name: string; }\n');
    const input = path.join(dir, 'api.ts');
    writeFileSync(input, "import { Item } from './shared';\n\n// @Route(\"/items\")\nexport class GetItems implements IReturn<Item[]> { id?: number; }\nexport interface IReturn<T> {}\n");
    settle(input, path.join(dir, 'shared.ts'));
    const cache = new LoadCache();
    // The first load finds shared.ts; the second stamps it; from then on, nothing changed is reused.
    await load(cache, input);
    const stamped = await load(cache, input);
    expect(await load(cache, input)).toBe(stamped);
    const item = () => stamped.model?.types.find((t) => t.name === 'Item');
    expect(item()).toBeDefined();

    writeFileSync(path.join(dir, 'shared.ts'), 'export class Item { name: string; size: number; }\n');
    settle(path.join(dir, 'shared.ts'));
    const changed = await load(cache, input);
    expect(changed).not.toBe(stamped);
    const members = changed.model?.types.find((t) => t.name === 'Item');
    expect(members && members.kind !== 'enum' ? members.properties.map((p) => p.name) : []).toEqual(['Name', 'Size']);
  });
});

describe('generated files kept across watch runs', () => {
  it('an unchanged input and entry is not generated again; a changed entry is', async () => {
    const dir = makeTempDir('dtogen-loads-');
    const input = path.join(dir, 'test.json');
    copyFileSync(fixture('metadata', 'test.json'), input);
    settle(input);
    const job = (options: Record<string, string | boolean>) => ({ input, lang: 'python', out: path.join(dir, 'dtos.py'), options });
    const settings = { loads: new LoadCache(), generations: new Generations() };
    const epoch = process.env.SOURCE_DATE_EPOCH;
    try {
      // The header Date shows which run made a file: each run's default date differs.
      process.env.SOURCE_DATE_EPOCH = '1000000000';
      const first = await runJobs([job({})], settings);
      process.env.SOURCE_DATE_EPOCH = '2000000000';
      const second = await runJobs([job({}), job({ AddResponseStatus: true })], settings);
      expect(first.results[0]?.content).toContain('\nDate: 2001-09-09 01:46:40\n');
      expect(second.results[0]?.content).toBe(first.results[0]?.content);
      expect(second.results[1]?.content).toContain('\nDate: 2033-05-18 03:33:20\n');
      // Without the kept files, every run makes its own.
      expect((await runJobs([job({})], { loads: settings.loads })).results[0]?.content).toContain('\nDate: 2033-05-18 03:33:20\n');
    } finally {
      if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epoch;
    }
  });
});
