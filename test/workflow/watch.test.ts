// `dtogen generate --watch` in a child process: each step waits for what the process prints
// (a run line, a diagnostic, an event it ignored) with a generous timeout; nothing is timed.

import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/paths.js';
import { project, saveAsEditorsDo, writeConfig } from './support.js';

const RUN_LINE = /^dtogen: (wrote |nothing to write|config has errors)/;
const WAIT_MS = 30_000;

/** The watching CLI and every line it has printed on standard error. */
class WatchingCli {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  private pending = '';
  private listeners: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(cwd: string, args: string[]) {
    const env = { ...process.env };
    delete env.SOURCE_DATE_EPOCH;
    this.child = spawn(process.execPath, [BIN, 'generate', '--watch', '--verbose', ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.pending += chunk;
      const parts = this.pending.split('\n');
      this.pending = parts.pop() ?? '';
      this.lines.push(...parts);
      for (const listener of this.listeners) listener();
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Waits for a line after line `from` that matches; returns its index. */
  waitFor(pattern: RegExp, from: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const look = () => {
        const index = this.lines.findIndex((line, i) => i >= from && pattern.test(line));
        if (index < 0) return false;
        this.listeners = this.listeners.filter((l) => l !== listener);
        clearTimeout(timer);
        resolve(index);
        return true;
      };
      const listener = () => void look();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no line matching ${pattern} after line ${from}; printed:\n${this.lines.join('\n')}`));
      }, WAIT_MS);
      if (!look()) this.listeners.push(listener);
    });
  }

  runLines(from = 0, to = this.lines.length): string[] {
    return this.lines.slice(from, to).filter((l) => RUN_LINE.test(l));
  }

  async stop(): Promise<number | null> {
    this.child.kill('SIGINT');
    return this.exited;
  }
}

const rename = (file: string, from: string, to: string) => saveAsEditorsDo(file, readFileSync(file, 'utf8').split(`"name": "${from}"`).join(`"name": "${to}"`));

describe('dtogen generate --watch', () => {
  it('regenerates on input and config changes, keeps the last good output on errors, ignores its own output', { timeout: 180_000 }, async () => {
    // The output sits beside the input, in a watched folder, so its events reach the watcher.
    const folder = project({ outputs: [{ input: 'meta/test.json', lang: 'python', out: 'meta/test_dtos.py' }] });
    const input = path.join(folder, 'meta', 'test.json');
    const output = path.join(folder, 'meta', 'test_dtos.py');
    const cli = new WatchingCli(folder, []);
    try {
      let at = await cli.waitFor(/^dtogen: wrote meta\/test_dtos\.py in \d+ ms$/, 0);
      expect(readFileSync(output, 'utf8')).toContain('\n    token: Optional[str] = None\n');

      // An edit regenerates.
      rename(input, 'Token', 'AccessToken');
      at = await cli.waitFor(/^dtogen: wrote meta\/test_dtos\.py in \d+ ms$/, at + 1);
      const good = readFileSync(output, 'utf8');
      expect(good).toContain('\n    access_token: Optional[str] = None\n');

      // Broken JSON: the diagnostic, a failed run, the last good output untouched.
      writeFileSync(input, '{"api": ');
      const error = await cli.waitFor(/^meta\/test\.json:1:9: not valid JSON: unexpected end of input$/, at + 1);
      at = await cli.waitFor(/^dtogen: nothing to write, 1 failed \(last good output kept\) in \d+ ms$/, error + 1);
      expect(readFileSync(output, 'utf8')).toBe(good);

      // The next good save recovers.
      saveAsEditorsDo(input, readFileSync(path.join(folder, 'meta', 'techstacks.json'), 'utf8'));
      at = await cli.waitFor(/^dtogen: wrote meta\/test_dtos\.py in \d+ ms$/, at + 1);
      expect(readFileSync(output, 'utf8')).toContain('BaseUrl: https://techstacks.io\n');

      // Touching the output is seen, and ignored: no run follows it.
      const touched = cli.lines.length;
      const later = new Date(Date.now() + 5000);
      utimesSync(output, later, later);
      const ignored = await cli.waitFor(/^dtogen: ignored meta\/test_dtos\.py \(an output\)$/, touched);
      // A config change then makes exactly one run, the first since the touch.
      writeConfig(folder, { outputs: [{ input: 'meta/test.json', lang: 'python', out: 'meta/test_dtos.py', options: { AddResponseStatus: true } }] });
      at = await cli.waitFor(/^dtogen: wrote meta\/test_dtos\.py in \d+ ms$/, ignored + 1);
      expect(cli.runLines(touched, at + 1)).toHaveLength(1);
      expect(cli.lines.slice(touched, at)).not.toContain('dtogen: changed meta/test_dtos.py');
      expect(readFileSync(output, 'utf8')).toContain('\nAddResponseStatus: True\n');

      // Its own writes never count as changes.
      expect(cli.lines.filter((l) => l.startsWith('dtogen: changed ') && l.includes('test_dtos'))).toEqual([]);
    } finally {
      const code = await cli.stop();
      // Ctrl-C is a clean exit.
      expect(code).toBe(0);
    }
  });

  it('follows a glob: a new matching file is generated, a dot-file is not, renamed outputs leave no orphans', { timeout: 120_000 }, async () => {
    const folder = project({ outputs: [{ input: 'meta/*.json', lang: 'python', out: 'gen/{name}.py' }] });
    const cli = new WatchingCli(folder, []);
    try {
      let at = await cli.waitFor(/^dtogen: wrote gen\/reporting\.py, gen\/techstacks\.py, gen\/test\.py in \d+ ms$/, 0);
      // `*` passes over a dot-file: its save changes nothing; the next file is generated alone.
      writeFileSync(path.join(folder, 'meta', '.draft.json'), readFileSync(path.join(folder, 'meta', 'test.json')));
      saveAsEditorsDo(path.join(folder, 'meta', 'new.json'), readFileSync(path.join(folder, 'meta', 'test.json'), 'utf8'));
      at = await cli.waitFor(/^dtogen: wrote gen\/new\.py, 3 unchanged in \d+ ms$/, at + 1);
      writeConfig(folder, { outputs: [{ input: 'meta/*.json', lang: 'python', out: 'gen/{name}_dtos.py' }] });
      at = await cli.waitFor(/^dtogen: wrote gen\/new_dtos\.py, .*, removed gen\/new\.py, gen\/reporting\.py, gen\/techstacks\.py, gen\/test\.py \(no output produces them\) in \d+ ms$/, at + 1);
      expect(readdirSync(path.join(folder, 'gen')).sort()).toEqual(['new_dtos.py', 'reporting_dtos.py', 'techstacks_dtos.py', 'test_dtos.py']);
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });

  it('watches a single input without a config; after a burst of saves the last one is written', { timeout: 120_000 }, async () => {
    const folder = project();
    const input = path.join(folder, 'meta', 'test.json');
    const output = path.join(folder, 'dtos.py');
    const cli = new WatchingCli(folder, ['meta/test.json', '-l', 'python', '-o', 'dtos.py']);
    try {
      let at = await cli.waitFor(/^dtogen: wrote dtos\.py in \d+ ms$/, 0);
      const names = ['Token', 'T1', 'T2', 'T3', 'FinalToken'];
      for (let i = 1; i < names.length; i++) rename(input, names[i - 1] as string, names[i] as string);
      // However the saves fall into runs, runs follow until the last save is in the output.
      while (!readFileSync(output, 'utf8').includes('final_token')) at = await cli.waitFor(/^dtogen: wrote dtos\.py in \d+ ms$/, at + 1);
      expect(readFileSync(output, 'utf8')).toContain('\n    final_token: Optional[str] = None\n');
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });

  it('watches one input in several languages: every file follows each save', { timeout: 120_000 }, async () => {
    const folder = project();
    const input = path.join(folder, 'meta', 'test.json');
    const cli = new WatchingCli(folder, ['meta/test.json', '-l', 'python,swift', '-o', 'client/']);
    try {
      let at = await cli.waitFor(/^dtogen: wrote client\/dtos\.py, client\/dtos\.swift in \d+ ms$/, 0);
      rename(input, 'Token', 'AccessToken');
      at = await cli.waitFor(/^dtogen: wrote client\/dtos\.py, client\/dtos\.swift in \d+ ms$/, at + 1);
      expect(readFileSync(path.join(folder, 'client', 'dtos.py'), 'utf8')).toContain('\n    access_token: Optional[str] = None\n');
      expect(readFileSync(path.join(folder, 'client', 'dtos.swift'), 'utf8')).toContain('\n    public var accessToken:String?\n');
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });
});
