// `dtogen diff <old> <new>`: the API change report on standard output; exit 1 with
// --fail-on-breaking when a change breaks existing clients.

import { compareModels } from '../diff/compare.js';
import { renderJson, renderMarkdown } from '../diff/render.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadInput } from '../loaders/index.js';
import { EXIT_INPUT, EXIT_OK, type CliIO } from './flags.js';

export interface DiffArgs {
  old?: string;
  new?: string;
  format?: string;
  'fail-on-breaking'?: boolean;
  timeout?: number;
}

export async function runDiff(args: DiffArgs, io: CliIO): Promise<number> {
  const load = { timeoutMs: (args.timeout ?? 30) * 1000 };
  const [before, after] = await Promise.all([loadInput(args.old as string, load), loadInput(args.new as string, load)]);
  for (const d of [...before.diagnostics, ...after.diagnostics]) io.stderr(`${formatDiagnostic(d)}\n`);
  if (!before.model || !after.model) return EXIT_INPUT;
  const diff = compareModels(before.model, after.model);
  io.stdout(args.format === 'json' ? renderJson(diff) : renderMarkdown(diff));
  return args['fail-on-breaking'] && diff.breaking > 0 ? EXIT_INPUT : EXIT_OK;
}
