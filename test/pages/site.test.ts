// `dtogen docs` writes a site whose every internal link resolves: each href names a file that was
// written and, with a #fragment, an id in that file.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/temp.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { MANIFEST } from '../../src/workflow/site-output.js';
import { ALL_INPUTS } from '../support/inputs.js';

async function writeSite(input: string): Promise<string> {
  const dir = makeTempDir('dtogen-site-');
  let stderr = '';
  const code = await runCli(['docs', input, '-o', dir], { stdout: () => {}, stderr: (t) => (stderr += t) });
  expect(code).toBe(0);
  // Warnings about the input may come first; the summary line is last.
  expect(stderr.endsWith(`${dir}: ${readdirSync(dir).filter((f) => f !== MANIFEST).length} files\n`)).toBe(true);
  return dir;
}

function brokenLinks(dir: string): string[] {
  const files = new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const ids = new Map([...files].map(([f, html]) => [f, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
  const broken: string[] = [];
  for (const [file, html] of files) {
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
      const [target = '', fragment] = (href as string).split('#');
      const targetFile = target === '' ? file : target;
      if (!files.has(targetFile)) broken.push(`${file}: ${href} (no such page)`);
      else if (fragment !== undefined && !ids.get(targetFile)?.has(fragment)) broken.push(`${file}: ${href} (no such id)`);
    }
  }
  return broken;
}

describe('static API reference', () => {
  it.each(ALL_INPUTS)('$label: every internal link resolves', async ({ file }) => {
    const dir = await writeSite(file);
    const pages = readdirSync(dir);
    expect(pages).toContain('index.html');
    expect(pages.length).toBeGreaterThan(1);
    expect(brokenLinks(dir)).toEqual([]);
  });
});

describe('metadata text in the site stays text', () => {
  it('is escaped in every page and travels as JSON data in the search index', async () => {
    const { loadText } = await import('../../src/loaders/index.js');
    const { buildSite } = await import('../../src/pages/site.js');
    const hostile = '</script><script>alert(1)</script>&lt;';
    const loaded = loadText(
      JSON.stringify({
        app: { serviceName: hostile },
        api: {
          types: [{ name: 'Item', namespace: 'App', description: hostile, properties: [{ name: 'Name', type: 'String', description: hostile }] }],
          operations: [{ request: { name: 'Hello', namespace: 'App', description: hostile, properties: [{ name: 'Item', type: 'Item', description: hostile }] }, tags: [hostile], routes: [{ path: `/hello/${hostile}`, summary: hostile }] }],
        },
      }),
      'hostile.json',
    );
    expect(loaded.diagnostics).toEqual([]);
    const site = await buildSite(loaded.model!);
    for (const file of site.files.filter((f) => f.path.endsWith('.html'))) {
      expect(file.content, file.path).not.toContain('<script>alert');
      expect(file.content, file.path).not.toContain('</script><script>');
    }
    const index = site.files.find((f) => f.path === 'search-index.js')!.content;
    const data = JSON.parse(index.slice(index.indexOf('= ') + 2, index.lastIndexOf(';'))) as { operations: { description: string }[] };
    expect(data.operations[0]!.description).toBe(hostile);
    // The property table links the type, and the escaped `&lt;` of the text is not taken for a name.
    const page = site.files.find((f) => f.path === 'Hello.html')!.content;
    expect(page).toContain('<td><a class="type" href="types.html#t-Item">Item</a></td>');
    expect(page).toContain('&amp;lt;');
  });
});
