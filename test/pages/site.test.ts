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
