// Runs a Node script in this process and records its peak memory: `node bench/measure.mjs
// <report.json> <script> [args...]`. Node reports a process's own peak RSS only (not its
// children's), so each contestant of the race runs under this wrapper, whatever its CLI, and the
// figure is the same on every platform (no /usr/bin/time needed). CPU time (user + system, every
// thread) is recorded too: on a busy machine it varies far less than wall time.

import { writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const [report, script, ...args] = process.argv.slice(2);
process.on('exit', (code) => {
  const usage = process.resourceUsage();
  writeFileSync(report, JSON.stringify({ code, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
// As `node <script>` would run it: a CommonJS CLI sees itself as require.main, an ES module is imported.
process.argv = [process.argv[0], path.resolve(script), ...args];
Module.runMain();
