// The floor dtogen is measured against: a process that reads the input, JSON.parses it and writes
// given output bytes, doing nothing else. `node bench/floor.mjs <input.json> <bytes> <out> [<bytes> <out>...]`
// reads each <bytes> file (what dtogen wrote) and writes it to <out>.

import { readFileSync, writeFileSync } from 'node:fs';

const [input, ...pairs] = process.argv.slice(2);
const parsed = JSON.parse(readFileSync(input, 'utf8'));
if (parsed === undefined) process.exit(1);
for (let i = 0; i + 1 < pairs.length; i += 2) writeFileSync(pairs[i + 1], readFileSync(pairs[i]));
