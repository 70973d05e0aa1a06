// The text format of operation pages reproduces the seed pages.

import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';
import { buildPage, renderPage } from '../../src/pages/index.js';
import { fixture, HAS_SEEDS } from '../support/paths.js';
import { seedPage } from '../support/seeds.js';

const EXACT = [
  { seed: '000', server: 'test', op: 'CreateJwt', lang: 'python' },
  { seed: '002', server: 'techstacks', op: 'Authenticate', lang: 'python' },
  { seed: '003', server: 'test', op: 'Authenticate', lang: 'swift' },
  { seed: '004', server: 'reporting', op: 'Authenticate', lang: 'python' },
];

async function pageText(server: string, op: string, lang?: string): Promise<string> {
  const { model } = await loadInput(fixture('metadata', `${server}.json`));
  if (!model) throw new Error(`${server} did not load`);
  const { view, diagnostics } = await buildPage({ model, op, ...(lang ? { lang } : {}) });
  expect(diagnostics).toEqual([]);
  return renderPage(view!, 'text');
}

/** The seeds end without a final newline; a text file ends with one. */
const withFinalNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

describe.skipIf(!HAS_SEEDS)('operation pages as text', () => {
  it.each(EXACT)('seed $seed: $op in $lang on $server, byte for byte', async ({ seed, server, op, lang }) => {
    expect(await pageText(server, op, lang)).toBe(withFinalNewline(seedPage(seed)));
  });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!HAS_SEEDS)('the Metadata view as text', () => {
  it('seed 001: CreateJwt parameter tables, equal once whitespace is removed', async () => {
    expect(squeeze(await pageText('test-earlier', 'CreateJwt'))).toBe(squeeze(seedPage('001')));
  });
});
