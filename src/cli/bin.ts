#!/usr/bin/env node
// `--version` answers before the argument parser loads: build scripts call it, and yargs alone
// would double the start-up time.

import { packageVersion } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${packageVersion()}\n`);
} else {
  const { runCli } = await import('./run.js');
  process.exitCode = await runCli(argv);
}
