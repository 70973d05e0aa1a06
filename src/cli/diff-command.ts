// `dtogen diff <old> <new>`: the API change report on standard output; exit 1 with
// --fail-on-breaking when a change breaks existing clients. The languages the report is for come
// from --lang, else from the outputs of --config (with their generator options).

import path from 'node:path';
import { compareModels } from '../diff/compare.js';
import type { ReportLanguage } from '../diff/code-lines.js';
import { renderGithub, renderJson, renderMarkdown } from '../diff/render.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadConfig } from '../config/load-config.js';
import { loadInput } from '../loaders/index.js';
import { entriesOf, parseOptions } from '../plan/options.js';
import { findTarget } from '../targets/index.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliIO } from './flags.js';
import { headersFromFlags } from './header-flags.js';

export interface DiffArgs {
  old?: string;
  new?: string;
  format?: string;
  lang?: string[];
  config?: string;
  'fail-on-breaking'?: boolean;
  timeout?: number;
  header?: string | string[];
}

const RENDERERS = { md: renderMarkdown, json: renderJson, github: renderGithub } as const;

export async function runDiff(args: DiffArgs, io: CliIO): Promise<number> {
  const languages = await reportLanguages(args, io);
  if (!languages) return EXIT_INPUT;
  const headers = headersFromFlags(args.header);
  if (typeof headers === 'string') {
    io.stderr(`dtogen: ${headers}\nRun 'dtogen diff --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const load = { timeoutMs: (args.timeout ?? 30) * 1000, headers };
  const [before, after] = await Promise.all([loadInput(args.old as string, load), loadInput(args.new as string, load)]);
  for (const d of [...before.diagnostics, ...after.diagnostics]) io.stderr(`${formatDiagnostic(d)}\n`);
  if (!before.model || !after.model) return EXIT_INPUT;
  const diff = compareModels(before.model, after.model, languages.length > 0 ? { languages } : {});
  const render = RENDERERS[(args.format ?? 'md') as keyof typeof RENDERERS] ?? renderMarkdown;
  io.stdout(render(diff));
  return args['fail-on-breaking'] && diff.breaking > 0 ? EXIT_INPUT : EXIT_OK;
}

/** Each language once: the first output of a language sets its options. Undefined when the config is bad. */
async function reportLanguages(args: DiffArgs, io: CliIO): Promise<ReportLanguage[] | undefined> {
  const wanted: { lang: string; options: Record<string, unknown> }[] = (args.lang ?? []).map((lang) => ({ lang, options: {} }));
  if (wanted.length === 0 && args.config !== undefined) {
    const loaded = await loadConfig(path.resolve(args.config), process.cwd());
    for (const d of loaded.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    if (!loaded.config) return undefined;
    wanted.push(...loaded.config.outputs);
  }
  const languages: ReportLanguage[] = [];
  for (const { lang, options } of wanted) {
    const target = findTarget(lang);
    if (!target || languages.some((l) => l.target === target)) continue;
    languages.push({ target, options: parseOptions(target.policy.options, target.id, entriesOf(options)).values });
  }
  return languages;
}
