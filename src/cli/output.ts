// How commands print diagnostics and write what they made: standard output, or a file written
// atomically (no half-written file on any failure) and only when its content changed, the header's
// Date apart, as config runs and watch write theirs.

import { formatDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { writeIfChanged } from '../workflow/write-outputs.js';
import { EXIT_INPUT, EXIT_OK, type CliIO } from './flags.js';

/** Prints the diagnostics, one line each; true when any is an error. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CliIO): boolean {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  return hasErrors(diagnostics);
}

/** `-o -` is standard output, as in most command-line tools, rather than a file named `-`. */
export function withoutStandardOutputDash<T extends { out?: string }>(args: T): T {
  if (args.out !== '-') return args;
  const { out: _dash, ...rest } = args;
  return rest as T;
}

export async function writeOutput(out: string | undefined, content: string, io: CliIO): Promise<number> {
  if (out === undefined) {
    io.stdout(content);
    return EXIT_OK;
  }
  try {
    await writeIfChanged(out, content);
  } catch (error) {
    io.stderr(`${out}: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
  return EXIT_OK;
}
