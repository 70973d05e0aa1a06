// The HTML pages in a real browser (headless Chromium): each seed's page, opened from disk, shows
// the seed's text; its view links lead to the other views; the API reference index opens. Each
// page's screenshot is saved under test-output/screenshots (ignored by git).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/temp.js';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { CHROMIUM, HAS_CHROMIUM } from '../support/browser.js';
import { CORPUS_INPUTS } from '../support/inputs.js';
import { fixture, HAS_SEEDS, ROOT } from '../support/paths.js';
import { seedPage } from '../support/seeds.js';

const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const squeeze = (text: string) => text.replace(/\s+/g, '');

const SEED_PAGES = [
  { seed: '000', server: 'test', op: 'CreateJwt', lang: 'python' },
  { seed: '001', server: 'test-earlier', op: 'CreateJwt', lang: undefined },
  { seed: '002', server: 'techstacks', op: 'Authenticate', lang: 'python' },
  { seed: '003', server: 'test', op: 'Authenticate', lang: 'swift' },
  { seed: '004', server: 'reporting', op: 'Authenticate', lang: 'python' },
];

async function writeSite(input: string): Promise<string> {
  const dir = makeTempDir('dtogen-browser-');
  const code = await runCli(['docs', input, '-o', dir], { stdout: () => {}, stderr: () => {} });
  expect(code).toBe(0);
  return dir;
}

describe.skipIf(!HAS_CHROMIUM || !HAS_SEEDS)('HTML pages in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const sites = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const server of new Set(SEED_PAGES.map((s) => s.server))) sites.set(server, await writeSite(fixture('metadata', `${server}.json`)));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (file: string) => {
    await page.goto(pathToFileURL(file).href);
    return page;
  };

  it.each(SEED_PAGES)('seed $seed: the page text is the seed text', async ({ seed, server, op, lang }) => {
    const site = sites.get(server) as string;
    await open(path.join(site, lang ? `${op}.${lang}.html` : `${op}.html`));
    expect(squeeze(await page.locator('body').innerText())).toBe(squeeze(seedPage(seed)));
    await page.screenshot({ path: path.join(SCREENSHOTS, `seed-${seed}.png`), fullPage: true });
  });

  it('a view link leads to that view of the same operation', async () => {
    const site = sites.get('test') as string;
    await open(path.join(site, 'CreateJwt.html'));
    await page.click('nav.views a[data-label="Python"]');
    expect(path.basename(new URL(page.url()).pathname)).toBe('CreateJwt.python.html');
    expect(await page.locator('pre.code code.language-python').count()).toBe(1);
    await page.click('nav.views a[data-label="Metadata"]');
    expect(path.basename(new URL(page.url()).pathname)).toBe('CreateJwt.html');
    expect(await page.locator('table.params').count()).toBeGreaterThan(0);
    await page.click('a.back');
    expect(path.basename(new URL(page.url()).pathname)).toBe('index.html');
  });

  it.runIf(CORPUS_INPUTS.length > 0)('the API reference of a real server: its index and an operation page', async () => {
    const input = CORPUS_INPUTS.find((i) => i.label.endsWith('app.8.91')) ?? (CORPUS_INPUTS[0] as (typeof CORPUS_INPUTS)[number]);
    const site = await writeSite(input.file);
    await open(path.join(site, 'index.html'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'corpus-index.png'), fullPage: true });
    const links = page.locator('table.operations a');
    expect(await links.count()).toBeGreaterThan(10);
    const name = (await links.first().textContent()) as string;
    await links.first().click();
    expect(path.basename(new URL(page.url()).pathname)).toBe(`${name}.html`);
    expect(await page.locator('h2').textContent()).toBe(name);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'corpus-operation.png'), fullPage: true });
  });
});
