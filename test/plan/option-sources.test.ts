// One options parser: the same option values given through the library API, a CLI flag, a config
// file and an edited `Options:` header line (for `dtogen update`) are accepted, coerced or refused
// the same way, for every language.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { generate, languages } from '../../src/generate.js';
import { fixture } from '../support/paths.js';

const INPUT = fixture('metadata', 'test.json');
const DATE = '2026-01-01T00:00:00Z';

interface Case {
  key: string;
  /** The flag's spelling of the key (kebab case). */
  flag: string;
  value: string;
}

/** Options most languages have; each language runs the cases of the options it lists. */
const CASES: Case[] = [
  { key: 'AddImplicitVersion', flag: 'add-implicit-version', value: '2' },
  { key: 'AddImplicitVersion', flag: 'add-implicit-version', value: 'abc' },
  { key: 'AddImplicitVersion', flag: 'add-implicit-version', value: ' 3 ' },
  { key: 'AddResponseStatus', flag: 'add-response-status', value: 'true' },
  { key: 'AddResponseStatus', flag: 'add-response-status', value: 'perhaps' },
  { key: 'AddDescriptionAsComments', flag: 'add-description-as-comments', value: 'FALSE' },
  { key: 'IncludeTypes', flag: 'include-types', value: 'CreateJwt.*' },
  { key: 'IncludeTypes', flag: 'include-types', value: 'A;B' },
];

/** What a source made of the case: the diagnostic message, or the generated code below the header. */
type Outcome = { error: string } | { code: string };

const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
};

/** The code below the header: the header's Input line and the option lines differ by source. */
const body = (text: string) => text.slice(text.search(/\n(\*\/|""")\n/));
/** The first diagnostic's message, without its location or the CLI's prefix and hint. */
const message = (stderr: string) => (stderr.split('\n')[0] ?? '').replace(/^dtogen: /, '').replace(/^\S+ (\/\S*|:\d+:\d+|\S*:\d+:\d+): /, '').replace(/^\S+:\d+:\d+: /, '');

async function viaApi(lang: string, c: Case): Promise<Outcome> {
  const result = await generate({ input: INPUT, lang, options: { [c.key.toLowerCase()]: c.value }, date: new Date(DATE) });
  return result.files.length > 0 ? { code: body(result.files[0]?.content ?? '') } : { error: result.diagnostics[0]?.message ?? '' };
}

async function viaCli(lang: string, c: Case): Promise<Outcome> {
  const { out, io: cli } = io();
  const code = await runCli(['generate', INPUT, '-l', lang, `--${c.flag}=${c.value}`, '--date', DATE], cli);
  return code === 0 ? { code: body(out.stdout) } : { error: message(out.stderr) };
}

async function viaConfig(lang: string, c: Case, dir: string): Promise<Outcome> {
  const config = path.join(dir, 'dtogen.config.json');
  writeFileSync(config, JSON.stringify({ outputs: [{ input: INPUT, lang, out: 'out.txt', options: { [c.key]: c.value } }] }));
  const { out, io: cli } = io();
  const code = await runCli(['generate', '--config', config, '--date', DATE], cli);
  return code === 0 ? { code: body(readFileSync(path.join(dir, 'out.txt'), 'utf8')) } : { error: message(out.stderr) };
}

async function viaHeader(lang: string, c: Case, dir: string): Promise<Outcome> {
  const file = path.join(dir, `dtos${languages().find((l) => l.id === lang)?.defaultFileName.replace(/^dtos/, '')}`);
  await runCli(['generate', INPUT, '-l', lang, '-o', file, '--date', DATE], io().io);
  const edited = readFileSync(file, 'utf8').replace(new RegExp(`^(#|//)${c.key}: .*$`, 'm'), `${c.key}: ${c.value}`);
  writeFileSync(file, edited);
  const { out, io: cli } = io();
  const code = await runCli(['update', file, '--date', DATE], cli);
  return code === 0 ? { code: body(readFileSync(file, 'utf8')) } : { error: message(out.stderr) };
}

/** The language lists the option (JavaScript modules have neither AddImplicitVersion nor AddResponseStatus, as ServiceStack's). */
const hasOption = (lang: string, key: string) => languages().some((l) => l.id === lang && l.policy.options.some((o) => o.key.toLowerCase() === key.toLowerCase()));

describe('options mean the same from every source', () => {
  for (const lang of languages().map((l) => l.id)) {
    it.each(CASES.filter((c) => hasOption(lang, c.key)))(`${lang}: $key = '$value'`, async (c) => {
      const api = await viaApi(lang, c);
      const dir = mkdtempSync(path.join(tmpdir(), 'dtogen-options-'));
      expect(await viaCli(lang, c)).toEqual(api);
      expect(await viaConfig(lang, c, dir)).toEqual(api);
      expect(await viaHeader(lang, c, dir)).toEqual(api);
    });
  }

  it('refuses the same values with the same message in every language', async () => {
    for (const lang of languages().map((l) => l.id).filter((id) => hasOption(id, 'AddImplicitVersion') && hasOption(id, 'AddResponseStatus'))) {
      expect(await viaApi(lang, { key: 'AddImplicitVersion', flag: '', value: 'abc' })).toEqual({ error: "option AddImplicitVersion: expected a whole number, found 'abc'" });
      expect(await viaApi(lang, { key: 'addResponseStatus', flag: '', value: 'perhaps' })).toEqual({ error: "option AddResponseStatus: expected True or False, found 'perhaps'" });
    }
  });
});
