// Runs a Node script in this process and records its peak memory: `node bench/measure.mjs
// <report.json> <script> [args...]`. Node reports a process's own peak RSS only (not its
// children's), so each contestant of the race runs under this wrapper, whatever its CLI, and the
// figure is the same on every platform (no /usr/bin/time needed).

import { writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const [report, script, ...args] = process.argv.slice(2);
process.on('exit', (code) => {
  writeFileSync(report, JSON.stringify({ code, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});
// As `node <script>` would run it: a CommonJS CLI sees itself as require.main, an ES module is imported.
process.argv = [process.argv[0], path.resolve(script), ...args];
Module.runMain();
