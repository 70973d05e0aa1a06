// The Python DTOs each seed page shows, reproduced byte for byte from the bundled metadata.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { fixture, HAS_SEEDS } from '../support/paths.js';
import { seedCode } from '../support/seeds.js';

const seeds = [
  { seed: '000', server: 'test', op: 'CreateJwt' },
  { seed: '002', server: 'techstacks', op: 'Authenticate' },
  { seed: '004', server: 'reporting', op: 'Authenticate' },
];

describe.skipIf(!HAS_SEEDS)('Python operation DTOs match the seed pages', () => {
  it.each(seeds)('seed $seed: $op on $server', async ({ seed, server, op }) => {
    const result = await generate({ input: fixture('metadata', `${server}.json`), lang: 'python', op });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.content).join('')).toBe(seedCode(seed, 'import datetime', `Python ${op} DTOs`));
  });
});
