// The languages as the command line names them: a target's id, or one of its aliases (`py`,
// `ts`, `tsd`, as ServiceStack's tools spell them); and the language an output file's extension
// implies when --lang is not given.

import { findTarget, TARGETS } from '../targets/index.js';
import type { Target } from '../targets/target.js';
import { targetsForFile } from '../workflow/file-language.js';
import { didYouMean } from './suggest.js';

/** Every name --lang takes: ids first, then aliases. */
export function languageNames(): string[] {
  return [...TARGETS.map((t) => t.id), ...TARGETS.flatMap((t) => t.aliases ?? [])];
}

export function targetNamed(name: string): Target | undefined {
  return findTarget(name);
}

/** What `--lang` expects, and the closest name to a wrong one. */
export function unknownLanguage(name: string): string {
  const aliases = TARGETS.flatMap((t) => (t.aliases ?? []).map((a) => `${a} (${t.id})`));
  return `--lang: unknown language '${name}': expected ${TARGETS.map((t) => t.id).join(', ')}${aliases.length > 0 ? ` or ${aliases.join(', ')}` : ''}${didYouMean(name, languageNames())}`;
}

/** The one language whose file extension `out` has (`.py`, `.swift`, `.ts`, `.d.ts`), if any. */
export function languageOfFile(out: string): string | undefined {
  const targets = targetsForFile(out);
  return targets.length === 1 ? targets[0]?.id : undefined;
}

/** prettier has parsers for TypeScript, none for Python or Swift. */
const PRETTIER_LANGUAGES = ['typescript', 'typescript-d'];

/** `-l python,swift -l ts`: each name of each --lang, comma-separated. */
function languageList(lang: string | readonly string[] | undefined): string[] | undefined {
  if (lang === undefined) return undefined;
  return (typeof lang === 'string' ? [lang] : lang).flatMap((l) => String(l).split(',')).map((l) => l.trim());
}

export type LanguagesChoice = { langs: string[]; problem?: undefined } | { langs?: undefined; problem: string };

/**
 * The target ids `generate` runs, each once, in the order named: every name of --lang, else the
 * language of the -o file's extension; a problem for the first name that is not a language.
 */
export function chooseLanguages(args: { lang?: string | readonly string[]; out?: string; prettier?: boolean }, required: boolean): LanguagesChoice {
  const names = languageList(args.lang);
  const langs: string[] = [];
  for (const name of names ?? [undefined]) {
    const choice = chooseLanguage({ ...args, lang: name }, required);
    if (choice.problem !== undefined) return { problem: choice.problem };
    if (choice.lang !== undefined && !langs.includes(choice.lang)) langs.push(choice.lang);
  }
  return { langs };
}

export type LanguageChoice = { lang: string | undefined; problem?: undefined } | { lang?: undefined; problem: string };

/**
 * The target id a command runs: --lang (an id or alias), else the language of the -o file's
 * extension; a problem (a usage error) when neither names one, or --prettier cannot format it.
 */
export function chooseLanguage(args: { lang?: string | undefined; out?: string; prettier?: boolean }, required: boolean): LanguageChoice {
  let lang: string | undefined;
  if (args.lang !== undefined) {
    lang = targetNamed(args.lang)?.id;
    if (lang === undefined) return { problem: unknownLanguage(args.lang) };
  } else if (args.out !== undefined) lang = languageOfFile(args.out);
  if (lang === undefined && required) {
    const extensions = TARGETS.map((t) => t.defaultFileName.slice(t.defaultFileName.indexOf('.')));
    return { problem: `which language? give --lang (${TARGETS.map((t) => t.id).join(', ')}) or an -o file ending in ${extensions.join(', ')}` };
  }
  if (args.prettier === true && lang !== undefined && !PRETTIER_LANGUAGES.includes(lang)) {
    return { problem: `--prettier formats TypeScript only (prettier cannot parse ${targetNamed(lang)?.displayName ?? lang})` };
  }
  return { lang };
}
