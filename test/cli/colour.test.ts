// Colour on standard error: on a TTY only, never with NO_COLOR, always with FORCE_COLOR (as Node
// decides for itself), and the same text as without it once the escapes are taken out.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { colourLine, colourStderr } from '../../src/cli/colour.js';
import { colourWanted } from '../../src/diagnostics/terminal.js';
import { BIN, fixture } from '../support/paths.js';

const exec = promisify(execFile);
const TEST = fixture('metadata', 'test.json');
const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

describe('when colour is wanted', () => {
  it('a TTY gets colour, a pipe or a file does not', () => {
    expect(colourWanted({}, true)).toBe(true);
    expect(colourWanted({}, false)).toBe(false);
    expect(colourWanted({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('NO_COLOR (not empty) turns it off; FORCE_COLOR turns it on, over NO_COLOR, unless 0 or false', () => {
    expect(colourWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colourWanted({ NO_COLOR: '' }, true)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colourWanted({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });
});

describe('what is coloured', () => {
  it('warnings yellow, errors red, good summaries green, usage plain', () => {
    expect(colourLine('a.json /types/0: warning: unknown type')).toBe(`a.json /types/0: ${YELLOW}warning:${RESET} unknown type`);
    expect(colourLine('a.json /types/0: not valid JSON')).toBe(`${RED}a.json /types/0: not valid JSON${RESET}`);
    expect(colourLine('dtogen: wrote dtos.py, 1 unchanged in 12 ms')).toBe(`${GREEN}dtogen:${RESET} wrote dtos.py, 1 unchanged in 12 ms`);
    expect(colourLine('dtogen: 3 output(s) up to date')).toBe(`${GREEN}dtogen:${RESET} 3 output(s) up to date`);
    expect(colourLine('dtogen: 1 of 3 output(s) out of date; run it')).toBe(`${RED}dtogen:${RESET} 1 of 3 output(s) out of date; run it`);
    expect(colourLine('dtogen: wrote a.py, 1 failed (last good output kept) in 3 ms')).toBe(`${RED}dtogen:${RESET} wrote a.py, 1 failed (last good output kept) in 3 ms`);
    expect(colourLine('site/: 12 files')).toBe(`${GREEN}site/${RESET}: 12 files`);
    expect(colourLine("Run 'dtogen --help' for usage.")).toBe("Run 'dtogen --help' for usage.");
  });

  it('only complete lines; a progress line stays as it is', () => {
    expect(colourStderr('x: bad\nRun \'dtogen\' for usage.\n')).toBe(`${RED}x: bad${RESET}\nRun 'dtogen' for usage.\n`);
    expect(colourStderr('\rsite/: 3/9 pages\u001b[K')).toBe('\rsite/: 3/9 pages\u001b[K');
  });
});

describe('the dtogen binary', () => {
  async function stderrOf(env: Record<string, string>): Promise<string> {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR'].includes(k)));
    try {
      await exec(process.execPath, [BIN, 'generate', TEST, '-l', 'pyhton'], { env: { ...clean, ...env } });
    } catch (error) {
      return String((error as { stderr: string }).stderr);
    }
    throw new Error('expected exit 2');
  }

  it('writes no escape into a pipe, nor with NO_COLOR; FORCE_COLOR colours the same text', async () => {
    const plain = await stderrOf({});
    expect(plain).toMatch(/^dtogen: --lang: unknown language 'pyhton'.*did you mean 'python'\?\nRun 'dtogen generate --help' for usage\.\n$/);
    expect(await stderrOf({ NO_COLOR: '1' })).toBe(plain);
    const forced = await stderrOf({ FORCE_COLOR: '1' });
    expect(forced).toBe(`${RED}${plain.split('\n')[0]}${RESET}\n${plain.split('\n')[1]}\n`);
  });
});
