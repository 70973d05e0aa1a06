// The Swift DTOs of seed 003 (the Authenticate page's Swift tab), reproduced byte for byte by the CLI.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fixture, HAS_SEEDS } from '../support/paths.js';
import { seedCode } from '../support/seeds.js';

describe.skipIf(!HAS_SEEDS)('Swift operation DTOs match the seed page', () => {
  it('seed 003: dtogen generate test.json --lang swift --op Authenticate', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['generate', fixture('metadata', 'test.json'), '--lang', 'swift', '--op', 'Authenticate'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // The page shows the code, a blank line of its own, then the caption: the code ends with the
    // blank line that follows every Swift declaration.
    expect(stdout).toBe(seedCode('003', 'import Foundation', 'Swift Authenticate DTOs'));
  });
});
