// The JVM test environment: the real net.servicestack:client jar with Gson and the Kotlin
// compiler, fetched into .jvm/ by scripts/setup-jvm.sh, and the JDK's javac. Without them the JVM
// tests are skipped loudly on a developer's machine, and fail in CI.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.js';

const JVM = path.join(ROOT, '.jvm');
const jars = (folder: string) => (existsSync(path.join(JVM, folder)) ? readdirSync(path.join(JVM, folder)).filter((f) => f.endsWith('.jar')).map((f) => path.join(JVM, folder, f)) : []);

/** The generated DTOs' classpath: the client and Gson. */
export const CLIENT_CLASSPATH = jars('client');
const COMPILER = jars('kotlin');
const STDLIB = COMPILER.find((f) => /kotlin-stdlib-\d/.test(path.basename(f)));

export const HAS_JVM = CLIENT_CLASSPATH.some((f) => /client-.*\.jar$/.test(f)) && STDLIB !== undefined;

if (!HAS_JVM) {
  const message = `JVM tests need the client jar and the Kotlin compiler in ${JVM}: run 'bash scripts/setup-jvm.sh'`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** SKIPPED: ${message} ***\n`);
}

const exec = promisify(execFile);
const TIMEOUT = 600_000;

export interface CompileResult {
  ok: boolean;
  output: string;
}

async function run(command: string, args: string[]): Promise<CompileResult> {
  try {
    const { stdout, stderr } = await exec(command, args, { encoding: 'utf8', timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

/** javac over every file, in one run, against the client. */
export function javac(files: string[], outDir: string): Promise<CompileResult> {
  return run('javac', ['-nowarn', '-encoding', 'UTF-8', '-cp', CLIENT_CLASSPATH.join(path.delimiter), '-d', outDir, ...files]);
}

/** The Kotlin compiler (K2JVMCompiler on the JVM) over every file, in one run, against the client. */
export function kotlinc(files: string[], outDir: string): Promise<CompileResult> {
  const classpath = [...CLIENT_CLASSPATH, STDLIB as string].join(path.delimiter);
  return run('java', ['-cp', COMPILER.join(path.delimiter), 'org.jetbrains.kotlin.cli.jvm.K2JVMCompiler', '-no-stdlib', '-no-reflect', '-nowarn', '-classpath', classpath, '-d', outDir, ...files]);
}
