// The HTML pages in a real browser (headless Chromium): each seed's page, opened from disk, shows
// the seed's text (its JSV samples one click away); its view links lead to the other views; the
// API reference's sidebar, search and type links work, every page fits a 390 px phone, and dark
// mode renders. Screenshots are saved under test-output/screenshots (ignored by git).

import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/temp.js';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { loadInput } from '../../src/loaders/index.js';
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
    await page.click('.formats button[data-format="jsv"]');
    expect(squeeze(await page.locator('article').innerText())).toBe(squeeze(seedPage(seed)));
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

describe.skipIf(!HAS_CHROMIUM || CORPUS_INPUTS.length === 0)('the API reference of a real server in Chromium', () => {
  let browser: Browser;
  let site: string;
  let operations: string[];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const input = CORPUS_INPUTS.find((i) => i.label.endsWith('app.8.91')) ?? (CORPUS_INPUTS[0] as (typeof CORPUS_INPUTS)[number]);
    site = await writeSite(input.file);
    const { model } = await loadInput(input.file);
    operations = model!.operations.map((o) => o.name);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const openPage = async (file: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) => {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(site, file)).href);
    return page;
  };

  it('the sidebar lists every operation', async () => {
    const page = await openPage('index.html');
    const listed = await page.locator('#nav a[data-op]').evaluateAll((links) => links.map((a) => a.textContent));
    expect(new Set(listed)).toEqual(new Set(operations));
    await page.context().close();
  });

  it('search finds an operation by its route and a type by a property name', async () => {
    const { model } = await loadInput(CORPUS_INPUTS.find((i) => i.label.endsWith('app.8.91'))?.file ?? (CORPUS_INPUTS[0]?.file as string));
    const op = model!.operations.find((o) => o.routes.length > 0 && !o.routes[0]!.path.toLowerCase().includes(o.name.toLowerCase()))!;
    const page = await openPage('index.html');
    await page.fill('#search', op.routes[0]!.path);
    expect(await page.locator('#results a').evaluateAll((links) => links.map((a) => a.textContent))).toContain(op.name);
    const decl = model!.types.find((t) => t.kind === 'class' && t.properties.some((p) => p.name.length > 6 && !t.name.toLowerCase().includes(p.name.toLowerCase())))!;
    const property = (decl.kind === 'class' ? decl.properties : []).find((p) => p.name.length > 6)!;
    await page.fill('#search', property.name);
    const hits = page.locator('#results li').filter({ hasText: `property ${property.name}` });
    expect(await hits.locator('a').evaluateAll((links) => links.map((a) => a.textContent))).toContain(decl.name);
    await hits.locator('a', { hasText: decl.name }).first().click();
    expect(new URL(page.url()).pathname.endsWith('/types.html')).toBe(true);
    await page.context().close();
  });

  it("a type link in a property table goes to the type's section", async () => {
    const page = await openPage(`${operations[0]}.html`);
    const link = page.locator('table.params a.type').first();
    const name = (await link.textContent()) as string;
    await link.click();
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(new URL(page.url()).pathname.endsWith('/types.html')).toBe(true);
    expect(await page.locator(`section[id="${hash}"] h3`).innerText()).toMatch(new RegExp(`^${name}\\b`));
    expect(await page.locator(`section[id="${hash}"]`).evaluate((s) => s.getBoundingClientRect().top)).toBeLessThan(100);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'site-type-1280.png') });
    await page.context().close();
  });

  it('the code views are highlighted, with type names linked', async () => {
    const page = await openPage(`${operations[0]}.python.html`);
    expect(await page.locator('pre.code .hljs-keyword').count()).toBeGreaterThan(0);
    expect(await page.locator('pre.code a.type').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('at 390 px no page scrolls sideways', async () => {
    const wide: string[] = [];
    const page = await openPage('index.html', { width: 390 });
    for (const file of readdirSync(site).filter((f) => f.endsWith('.html'))) {
      await page.goto(pathToFileURL(path.join(site, file)).href);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${file}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('renders in light and dark, at 1280 and 390 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 390]) {
        for (const [name, file] of [
          ['index', 'index.html'],
          ['operation', `${operations[0]}.python.html`],
          ['type', 'types.html'],
        ]) {
          const page = await openPage(file as string, { width, colorScheme });
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
          const light = (r + g + b) / 3 > 128;
          expect(light, `${file} ${colorScheme}: ${background}`).toBe(colorScheme === 'light');
          await page.screenshot({ path: path.join(SCREENSHOTS, `site-${name}-${width}-${colorScheme}.png`) });
          await page.context().close();
        }
      }
    }
  }, 120_000);
});
