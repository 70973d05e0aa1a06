// `dtogen update [files..]`: prints `Updated: <file>` (as ServiceStack's x tool does) or
// `Up to date: <file>` for each file; problems on standard error, one line each.

import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { findGeneratedFiles } from '../workflow/find-generated.js';
import { updateFile } from '../workflow/update.js';
import { headersFromFlags } from './header-flags.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliIO } from './flags.js';

export interface UpdateArgs {
  files?: string[];
  date?: string;
  timeout?: number;
  header?: string | string[];
}

export async function runUpdate(args: UpdateArgs, io: CliIO, cwd = process.cwd()): Promise<number> {
  const date = args.date === undefined ? undefined : new Date(args.date);
  if (date && Number.isNaN(date.getTime())) {
    io.stderr(`dtogen: --date: not a date: '${args.date}'\n`);
    return EXIT_USAGE;
  }
  const headers = headersFromFlags(args.header);
  if (typeof headers === 'string') {
    io.stderr(`dtogen: ${headers}\nRun 'dtogen update --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const files = args.files && args.files.length > 0 ? args.files : (await findGeneratedFiles(cwd, true)).map((f) => path.relative(cwd, f));
  if (files.length === 0) {
    io.stderr(`dtogen: no generated files (with an Options header) under ${cwd}\n`);
    return EXIT_INPUT;
  }
  let failures = 0;
  for (const file of files) {
    const outcome = await updateFile(path.resolve(cwd, file), { ...(date ? { date } : {}), timeoutMs: (args.timeout ?? 30) * 1000, headers }, file);
    for (const d of outcome.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    if (outcome.state === 'failed') failures++;
    else io.stdout(`${outcome.state === 'updated' ? 'Updated' : 'Up to date'}: ${file}\n`);
  }
  return failures > 0 ? EXIT_INPUT : EXIT_OK;
}
