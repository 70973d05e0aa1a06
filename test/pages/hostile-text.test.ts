// Found by the fuzzer (scripts/fuzz): metadata text with control characters made HTML that does
// not parse (they are HTML parse errors), and an operation name of thousands of characters made a
// page file name no file system takes. Control characters are shown as escapes, as in text pages;
// a long operation name is cut and told apart by a hash, in the page's file name and every link.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { loadText } from '../../src/loaders/index.js';
import { buildPage, renderPage } from '../../src/pages/index.js';
import { parseTreeSitter } from '../../scripts/fuzz/oracles.mjs';
import { makeTempDir } from '../support/temp.js';

const CONTROLS = '\u0000\u0001\u007f\u0085 and \u001b[2J';
const LONG = 'Huge'.repeat(3000);

const document = (name: string, extra = '') => ({
  api: {
    types: [{ name, namespace: 'App', description: `Described ${CONTROLS}`, properties: [{ name: 'Note', type: 'String', namespace: 'System', description: `note ${CONTROLS}` }] }, ...(extra ? [{ name: extra, namespace: 'App' }] : [])],
    operations: [{ request: { name, namespace: 'App' } }, ...(extra ? [{ request: { name: extra, namespace: 'App' } }] : [])],
  },
});

describe('hostile text in HTML pages', () => {
  it('control characters from metadata are escapes in a page', async () => {
    const { model } = loadText(JSON.stringify(document('Hello')), 'hostile.json');
    const page = await buildPage({ model: model!, op: 'Hello' });
    const html = renderPage(page.view!, 'html');
    expect(html).toContain('<td>note \\u0000\\u0001\\u007f\\u0085 and \\u001b[2J');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/);
    expect((await parseTreeSitter('html', html)).error).toBeUndefined();
  });

  it('a docs site: no control character in any page; long operation names make short, distinct file names', async () => {
    const dir = makeTempDir('dtogen-hostile-site-');
    const input = path.join(dir, 'hostile.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(input, JSON.stringify(document(LONG, `${LONG}Other`)));
    const site = path.join(dir, 'site');
    let stderr = '';
    expect(await runCli(['docs', input, '-o', site], { stdout: () => {}, stderr: (t) => (stderr += t) })).toBe(0);
    const files = readdirSync(site);
    const pages = files.filter((f) => f.startsWith('Huge'));
    expect(pages).toHaveLength(16);
    for (const f of pages) expect(Buffer.byteLength(f)).toBeLessThan(255);
    const index = readFileSync(path.join(site, 'index.html'), 'utf8');
    for (const f of pages.filter((p) => p.split('.').length === 2)) expect(index).toContain(`href="${f}"`);
    for (const f of files.filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(path.join(site, f), 'utf8');
      expect(html, f).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/);
    }
    expect((await parseTreeSitter('html', readFileSync(path.join(site, 'types.html'), 'utf8'))).error).toBeUndefined();
  });
});
