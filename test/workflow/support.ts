// Shared by the workflow tests: the built CLI in a child process, in a folder of the test's own.

import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { BIN, fixture } from '../support/paths.js';

export const DATE = '2026-01-02T03:04:05Z';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dtogen-workflow-'));
  folders.push(folder);
  return folder;
}

/** A project folder with the bundled fixtures in `meta/` and `config` as dtogen.config.json. */
export function project(config?: object): string {
  const folder = tempFolder();
  mkdirSync(path.join(folder, 'meta'));
  for (const name of ['test.json', 'techstacks.json', 'reporting.json']) cpSync(fixture('metadata', name), path.join(folder, 'meta', name));
  if (config) writeConfig(folder, config);
  return folder;
}

export function writeConfig(folder: string, config: object): void {
  saveAsEditorsDo(path.join(folder, 'dtogen.config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

/** Writes a new file and renames it over the old, as editors save: a reader never sees half of it. */
export function saveAsEditorsDo(file: string, content: string): void {
  const temporary = `${file}.saving`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dtogen …` in `cwd`; never throws on a non-zero exit. */
export function dtogen(cwd: string, ...argv: string[]): Promise<Run> {
  return dtogenWith({}, cwd, ...argv);
}

/** Runs `dtogen …` in `cwd` with `variables` added to the environment (undefined: removed). */
export function dtogenWith(variables: Readonly<Record<string, string | undefined>>, cwd: string, ...argv: string[]): Promise<Run> {
  return run(process.execPath, [BIN, ...argv], cwd, variables);
}

/** Runs a shell command line in `cwd`, `dtogen` standing for the built CLI: for redirections. */
export function shell(cwd: string, line: string): Promise<Run> {
  return run('/bin/sh', ['-c', line.replace(/\bdtogen\b/g, `'${process.execPath}' '${BIN}'`)], cwd, {});
}

function run(command: string, argv: string[], cwd: string, variables: Readonly<Record<string, string | undefined>>): Promise<Run> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.SOURCE_DATE_EPOCH;
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) delete env[name];
    for (const [name, value] of Object.entries(variables)) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    execFile(command, argv, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
