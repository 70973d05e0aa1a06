// One fuzz document through every command and language: generate in each language, page (text
// and HTML), docs and diff through the library API the CLI is built on (in process, fast), and
// generate --op -o through the CLI's own entry (runCli with captured output: exit code, messages,
// the file it writes). Each run is judged by its outcome, its diagnostics and its output; a
// failure is one of FAILURE_CLASSES (classes.mjs) with a detail line.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FULL_PROFILE } from './classes.mjs';
import { parseTreeSitter, parseTypeScript } from './oracles.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (...p) => import(path.join(ROOT, 'dist', ...p));
const { runCli } = await dist('cli', 'run.js');
const lib = await dist('index.js');
const { SITE_FILES } = await dist('pages', 'site.js');
const { writeSite } = await dist('workflow', 'site-output.js');
const { SERVICESTACK_BUILTINS } = await dist('loaders', 'metadata-json', 'servicestack-builtins.js');


/** A run taking longer than this (on a loaded 2-core machine) counts as a hang. */
export const RUN_LIMIT_MS = 10_000;
const BINARY_LIMIT_MS = 3 * RUN_LIMIT_MS;
const DATE = new Date('2020-01-01T00:00:00Z');
const BASELINE = path.join(ROOT, 'fixtures', 'metadata', 'test.json');
const SENTINEL = 'not written by dtogen\n';
const TARGETS = lib.languages();
const LANGS = TARGETS.map((t) => t.id);
const REPORT_LANGUAGES = TARGETS.map((target) => ({ target, options: lib.parseOptions(target.policy.options, target.id, []).values }));
// Control characters a terminal acts on; tab and line feed are text.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

// What targets declare of their own: ServiceStack's library types (IReturn<T> …, which TypeScript
// declares even for an OpenAPI model), Python's `Object` TypeVar, Swift's nested `CodingKeys` and
// `Return` typealias, Java's `dtos` wrapper class.
const LIBRARY_NAMES = [...SERVICESTACK_BUILTINS.map((t) => String(t.name).replace(/`.*$/, '')), 'Object', 'CodingKeys', 'Return', 'dtos'];

let baseline;

const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

async function runInProcess(args) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false });
  return { code, stdout, stderr };
}

function runBinary(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: BINARY_LIMIT_MS, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error.killed ? 'timeout' : typeof error.code === 'number' ? error.code : `signal ${error.signal}`) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs document `index` (`doc`: { ext, text }) in `dir`; `python` is the Python oracle, `every`
 * the profile. Returns
 * `{ runs, failures: [{ class, run, detail }], times }`.
 */
export async function runDocument(doc, index, dir, python, every = FULL_PROFILE) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, `doc${doc.ext}`);
  writeFileSync(input, doc.text);
  const failures = [];
  const times = {};
  let runs = 0;
  const fail = (klass, run, detail) => failures.push({ class: klass, run, detail: String(detail).slice(0, 300) });
  const lang = LANGS[index % LANGS.length];

  /** One library call: a throw is what the CLI would report as an internal error. */
  async function call(label, command, work, limit = RUN_LIMIT_MS) {
    runs++;
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      fail('internal error', label, error?.stack ?? error);
      return undefined;
    } finally {
      const ms = performance.now() - started;
      times[command] = (times[command] ?? 0) + ms;
      if (ms > limit) fail('hang', label, `took ${Math.round(ms)} ms`);
    }
  }

  /** The diagnostics of a run: one located line each, no control characters. */
  function checkDiagnostics(label, diagnostics, files = [input]) {
    for (const d of diagnostics) {
      const line = lib.formatDiagnostic(d);
      if (CONTROL.test(line) || line.includes('\n')) fail('control characters', label, JSON.stringify(line));
      if (!located(line, files)) fail('unlocated diagnostic', label, line);
    }
    return lib.hasErrors(diagnostics);
  }

  async function checkCode(language, source, label) {
    const started = performance.now();
    const parsed = await parseCode(language, source, python);
    times[`parse ${language}`] = (times[`parse ${language}`] ?? 0) + performance.now() - started;
    if (parsed.error) return fail('unparsable output', label, parsed.error);
    const foreign = parsed.declared.filter((name) => !isAllowed(name, allowed));
    if (foreign.length > 0) fail('undeclared names', label, `declares ${foreign.slice(0, 5).join(', ')}`);
    const injected = parsed.marked.filter((name) => !markedNames.some((m) => normalise(name).startsWith(m)));
    if (injected.length > 0) fail('undeclared names', label, `input text became code: ${injected.slice(0, 5).join(', ')}`);
  }

  async function checkHtml(source, label) {
    const started = performance.now();
    const parsed = await parseTreeSitter('html', source);
    times['parse html'] = (times['parse html'] ?? 0) + performance.now() - started;
    if (parsed.error) fail('unparsable output', label, parsed.error);
    if (parsed.marked.length > 0) fail('undeclared names', label, `input text became markup: ${parsed.marked.slice(0, 5).join(', ')}`);
  }

  const loaded = await call('load', 'load', () => lib.loadInput(input));
  const model = loaded?.model;
  if (loaded) checkDiagnostics('load', loaded.diagnostics);
  const allowed = model ? declaredNames(model) : new Set();
  // A loader may make an identifier of a name (OpenAPI's `X; pwned7()` is the class `XPwned7`):
  // identifiers with the marker are the document's when the model holds them as names.
  const markedNames = model ? modelNames(model).filter((n) => /pwned/i.test(n)).map(normalise) : [];
  // Operation mode needs an operation: `--op` with a name the document lacks is the user's mistake.
  const op = model?.operations.find((o) => /^\w+$/.test(o.name))?.name;

  const generated = new Map();
  if (model) {
    for (const language of LANGS) {
      const label = `generate -l ${language}`;
      const result = await call(label, 'generate', () => lib.generate({ model, lang: language, date: DATE }));
      const failed = !result || checkDiagnostics(label, result.diagnostics);
      generated.set(language, !failed);
      if (failed) continue;
      if (result.files.length === 0) fail('partial file', label, 'no error and no file');
      for (const file of result.files) await checkCode(language, file.content, label);
    }

    for (const [format, pageLang] of op === undefined ? [] : [['text', undefined], ['html', lang]]) {
      const label = `page --op ${op} --format ${format}${pageLang ? ` -l ${pageLang}` : ''}`;
      const content = await call(label, 'page', async () => {
        const page = await lib.buildPage({ model, source: input, op, ...(pageLang ? { lang: pageLang } : {}), samples: 'jsv' });
        return checkDiagnostics(label, page.diagnostics) || !page.view ? undefined : lib.renderPage(page.view, format);
      });
      if (content === undefined) continue;
      if (format === 'html') await checkHtml(content, label);
      else if (CONTROL.test(content.replace(/\r\n/g, '\n'))) fail('control characters', label, 'in the text page');
    }

    if (index % every.docs === 0) await docsRun();
    if (index % every.diff === 0) await diffRun();
  }

  // A docs folder that holds a file of the user's: never touched, and the site is there whole or not at all.
  async function docsRun() {
    const site = path.join(dir, 'site');
    mkdirSync(site);
    writeFileSync(path.join(site, 'keep.txt'), SENTINEL);
    const built = await call('docs', 'docs', async () => {
      const result = await lib.buildSite(model, { samples: 'json' });
      if (checkDiagnostics('docs', result.diagnostics)) return false;
      await writeSite(site, result.files);
      return true;
    });
    const entries = readdirSync(site);
    if (readFileSync(path.join(site, 'keep.txt'), 'utf8') !== SENTINEL) fail('partial file', 'docs', 'changed a file it did not write');
    if (built !== true && entries.length !== 1) fail('partial file', 'docs', `failed, and left ${entries.filter((e) => e !== 'keep.txt').slice(0, 5).join(', ')}`);
    if (built === true) {
      const missing = SITE_FILES.filter((f) => !existsSync(path.join(site, f)));
      if (missing.length > 0) fail('partial file', 'docs', `site lacks ${missing.join(', ')}`);
      for (const f of entries.filter((e) => e.endsWith('.html'))) await checkHtml(readFileSync(path.join(site, f), 'utf8'), `docs: ${f}`);
      for (const f of entries.filter((e) => e.endsWith('.js'))) await checkCode('javascript', readFileSync(path.join(site, f), 'utf8'), `docs: ${f}`);
    }
    const beside = readdirSync(dir).filter((e) => e !== path.basename(input) && e !== 'site');
    if (beside.length > 0) fail('partial file', 'docs', `left ${beside.join(', ')} beside the site`);
  }

  async function diffRun() {
    const format = ['md', 'json', 'github'][index % 3];
    const label = `diff test.json doc --format ${format}`;
    const report = await call(label, 'diff', async () => {
      baseline ??= (await lib.loadInput(BASELINE)).model;
      const diff = lib.compareModels(baseline, model, { languages: REPORT_LANGUAGES });
      return { md: lib.renderDiffMarkdown, json: lib.renderDiffJson, github: lib.renderDiffGithub }[format](diff);
    });
    if (report !== undefined && format === 'json') {
      try {
        JSON.parse(report);
      } catch (error) {
        fail('unparsable output', label, error.message);
      }
    } else if (report !== undefined && CONTROL.test(report)) fail('control characters', label, 'in the report');
  }

  // The CLI itself, into a file that exists: on failure the file keeps its content, on success it
  // is whole: in process (runCli) or through the binary.
  const binary = index % every.binary === 0;
  if (!binary && index % every.cli !== 0) return { runs, failures, times, loaded: model !== undefined };
  const outDir = path.join(dir, 'out');
  mkdirSync(outDir);
  const out = path.join(outDir, `dtos${path.extname(TARGETS[index % TARGETS.length].defaultFileName)}`);
  writeFileSync(out, SENTINEL);
  const args = ['generate', input, '-l', lang, ...(index % 2 === 0 && op !== undefined ? ['--op', op] : []), '-o', out, '--date', DATE.toISOString()];
  const label = `${binary ? 'dtogen' : 'runCli'} ${args.map((a) => (a.startsWith(dir) ? path.relative(dir, a) : a)).join(' ')}`;
  // A process of its own also starts Node and loads dtogen: seconds on a loaded machine.
  const outcome = await call(label, binary ? 'binary' : 'cli', () => (binary ? runBinary(args) : runInProcess(args)), binary ? BINARY_LIMIT_MS : RUN_LIMIT_MS);
  if (outcome !== undefined) {
    const { code, stdout, stderr } = outcome;
    if (code !== 0 && code !== 1) fail(code === 'timeout' ? 'hang' : 'crash', label, `exit ${code}: ${stderr}`);
    if (STACK.test(stderr)) fail('crash', label, `stack trace: ${stderr}`);
    if (/internal error/.test(stderr)) fail('internal error', label, stderr);
    if (CONTROL.test(stderr)) fail('control characters', label, JSON.stringify(stderr));
    for (const line of stderr.split('\n').filter((l) => l !== '')) if (!located(line, [input, out])) fail('unlocated diagnostic', label, line);
    if (stdout !== '') fail('partial file', label, `printed ${stdout.length} characters with -o`);
    const stray = readdirSync(outDir).filter((f) => f !== path.basename(out));
    if (stray.length > 0) fail('partial file', label, `left ${stray.join(', ')}`);
    const content = readFileSync(out, 'utf8');
    if (code !== 0 && content !== SENTINEL) fail('partial file', label, 'failed, and changed its output file');
    if (code === 0) await checkCode(lang, content, label);
    // The CLI and the library it is built on agree on every document.
    const library = generated.get(lang) === true;
    if (!args.includes('--op') && (code === 0) !== library) fail('inconsistent exit', label, `exit ${code} where the library ${library ? 'generates' : 'refuses'} the document`);
  }
  return { runs, failures, times, loaded: model !== undefined };
}

async function parseCode(language, source, python) {
  switch (language) {
    case 'python': return python.parse(source);
    case 'typescript': return parseTypeScript(source, 'dtos.ts');
    case 'typescript-d': return parseTypeScript(source, 'dtos.d.ts');
    case 'mjs': case 'javascript': return parseTypeScript(source, 'dtos.mjs');
    default: return parseTreeSitter(language, source);
  }
}

/** The names a model's declarations may be written with: their own, their generic parameters, the targets' own. */
function declaredNames(model) {
  const names = new Set(LIBRARY_NAMES);
  for (const t of model.types) {
    names.add(t.name);
    for (const p of t.genericParams ?? []) names.add(p);
  }
  return names;
}

/** Every name of the model's declarations, members and operations. */
function modelNames(model) {
  const names = model.operations.map((o) => o.name);
  for (const t of model.types) {
    names.push(t.name, ...(t.kind === 'enum' ? t.members.map((m) => m.name) : [...t.genericParams, ...t.properties.map((p) => p.name)]));
  }
  return names;
}

/** Names compared across the languages' casing (`XPwned`, `xPwned`, `x_pwned`). */
const normalise = (name) => name.toLowerCase().replace(/_/g, '');

/** A declared name is the model's, or one with the suffixes renaming adds (`Foo_1`, `Foo2`, `class_`). */
function isAllowed(name, allowed) {
  if (allowed.has(name)) return true;
  const base = /^(.*?)[_\d]+$/.exec(name)?.[1];
  if (!base) return false;
  for (let i = base.length; i <= name.length; i++) if (allowed.has(name.slice(0, i))) return true;
  return false;
}

/**
 * A diagnostic names its input with a JSON pointer or a line and column; a write error names
 * its output (the files after the first).
 */
function located(line, [input, ...outputs]) {
  if (line.startsWith(`${input} /`) || new RegExp(`^${escapeRegExp(input)}:\\d+:\\d+: `).test(line)) return true;
  return outputs.some((f) => line.startsWith(`${f}: `));
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
