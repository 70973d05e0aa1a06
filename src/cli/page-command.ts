// `dtogen page` (one operation page) and `dtogen docs` (the static API reference).

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadInput } from '../loaders/index.js';
import type { MetadataModel } from '../model/types.js';
import { buildPage, renderPage, type PageFormat } from '../pages/index.js';
import type { SampleFormat } from '../pages/http-sample.js';
import { writeSite } from '../workflow/site-output.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliIO } from './flags.js';
import { headersFromFlags } from './header-flags.js';
import { chooseLanguage } from './languages.js';
import { reportDiagnostics, withoutStandardOutputDash, writeOutput } from './output.js';

interface CommonArgs {
  input?: string;
  out?: string;
  samples?: string;
  timeout?: number;
  header?: string | string[];
}

export async function runPage(args: CommonArgs & { op?: string; lang?: string; format?: string }, io: CliIO): Promise<number> {
  // Only --lang chooses a language here: a page's file is text or HTML whatever it shows.
  const { lang, problem } = chooseLanguage({ ...(args.lang !== undefined ? { lang: args.lang } : {}) }, false);
  if (problem !== undefined) {
    io.stderr(`dtogen: ${problem}\nRun 'dtogen page --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const loaded = await load(args, io);
  if (typeof loaded === 'number') return loaded;
  const { model, source } = loaded;
  const page = await buildPage({ model, source, op: args.op as string, ...(lang ? { lang } : {}), samples: (args.samples ?? 'jsv') as SampleFormat });
  if (reportDiagnostics(page.diagnostics, io) || !page.view) return EXIT_INPUT;
  const content = renderPage(page.view, (args.format ?? 'text') as PageFormat);
  return writeOutput(withoutStandardOutputDash(args).out, content, io);
}

export async function runDocs(args: CommonArgs, io: CliIO): Promise<number> {
  const loaded = await load(args, io);
  if (typeof loaded === 'number') return loaded;
  const { model } = loaded;
  const { siteFiles, SiteFailed } = await import('../pages/site.js');
  const dir = args.out as string;
  const progress = io.interactive ? progressLine(dir, io) : undefined;
  const diagnostics: Diagnostic[] = [];
  let count = 0;
  let removed: string[];
  try {
    // Each page goes to the staging folder as it is made; the folder moves into place at the end.
    ({ removed } = await writeSite(dir, counted(siteFiles(model, diagnostics, { samples: (args.samples ?? 'json') as SampleFormat, ...(progress ? { onProgress: progress.update } : {}) }))));
  } catch (error) {
    progress?.clear();
    if (error instanceof SiteFailed) {
      reportDiagnostics(diagnostics, io);
      return EXIT_INPUT;
    }
    io.stderr(`${dir}: cannot write: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
  progress?.clear();
  reportDiagnostics(diagnostics, io);
  io.stderr(`${dir}: ${count} files${removed.length > 0 ? `, ${removed.length} stale files removed` : ''}\n`);
  return EXIT_OK;

  async function* counted<T>(files: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const file of files) {
      count++;
      yield file;
    }
  }
}

/** `dir: 120/2000 pages` on one terminal line, redrawn at most every PROGRESS_MS. */
function progressLine(dir: string, io: CliIO): { update: (done: number, total: number) => void; clear: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < PROGRESS_MS && done < total) return;
      last = now;
      shown = true;
      io.stderr(`\r${dir}: ${done}/${total} pages\x1b[K`);
    },
    clear() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}

const PROGRESS_MS = 100;

/** The input's model; else the exit code, its problems said. */
async function load(args: CommonArgs, io: CliIO): Promise<{ model: MetadataModel; source: string } | number> {
  const headers = headersFromFlags(args.header);
  if (typeof headers === 'string') {
    io.stderr(`dtogen: ${headers}\nRun 'dtogen --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const loaded = await loadInput(args.input as string, { timeoutMs: (args.timeout ?? 30) * 1000, headers });
  reportDiagnostics(loaded.diagnostics, io);
  return loaded.model ? { model: loaded.model, source: loaded.source } : EXIT_INPUT;
}
