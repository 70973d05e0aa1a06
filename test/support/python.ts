// The Python test environment: .venv with the real servicestack package (scripts/setup-python.sh).
// Without it the Python tests are skipped loudly on a developer's machine, and fail in CI.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.js';

export const PYTHON = path.join(ROOT, '.venv', 'bin', 'python');
export const HAS_PYTHON = existsSync(PYTHON);

if (!HAS_PYTHON) {
  const message = `Python tests need ${PYTHON}: run 'bash scripts/setup-python.sh'`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}

const exec = promisify(execFile);

/** Runs a script with the venv's Python; returns its stdout (throws with stderr on failure). */
export async function runPython(script: string, args: string[], options: { timeoutMs?: number } = {}): Promise<string> {
  const { stdout } = await exec(PYTHON, [script, ...args], { encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
