// The unified diff of --check: the exact text of small cases, and, on many generated cases, that
// applying the diff to the old text gives the new one.

import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/workflow/unified-diff.js';

const labels = { old: 'a/f', new: 'b/f' };

/** Applies a unified diff to `text`, checking every context and removed line on the way. */
function applyPatch(text: string, patch: string): string {
  const old = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  let finalNewline = text === '' || text.endsWith('\n');
  const lines = patch.replace(/\n$/, '').split('\n').slice(2);
  let lastOp = '';
  for (const line of lines) {
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      while (at < start) out.push(old[at++] as string);
      continue;
    }
    if (line === '\\ No newline at end of file') {
      if (lastOp !== '-') finalNewline = false;
      continue;
    }
    const [op, body] = [line[0], line.slice(1)];
    lastOp = op as string;
    if (op === ' ' || op === '-') {
      if (old[at] !== body) throw new Error(`patch does not apply at old line ${at + 1}: '${old[at]}' vs '${body}'`);
      at++;
      if (op === ' ') out.push(body);
    } else {
      out.push(body);
      finalNewline = true;
    }
  }
  while (at < old.length) out.push(old[at++] as string);
  return out.length === 0 ? '' : `${out.join('\n')}${finalNewline ? '\n' : ''}`;
}

/** A small seeded generator, so every run tests the same cases. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', labels)).toBe('');
  });

  it('prints hunks with three lines of context, as diff -u does', () => {
    const before = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\nl13\nl14\nl15\n';
    const after = 'l1\nl2\nL3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\nl13\nl14\nl15\nl16\n';
    expect(unifiedDiff(before, after, labels)).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -1,6 +1,6 @@',
        ' l1',
        ' l2',
        '-l3',
        '+L3',
        ' l4',
        ' l5',
        ' l6',
        '@@ -13,3 +13,4 @@',
        ' l13',
        ' l14',
        ' l15',
        '+l16',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a line break', () => {
    expect(unifiedDiff('a\nb', 'a\nc\n', labels)).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n');
  });

  it('diffs from and to a missing file', () => {
    expect(unifiedDiff(undefined, 'x\ny\n', { new: 'b/f' })).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(unifiedDiff('x\n', undefined, { old: 'a/f' })).toBe('--- a/f\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n');
  });

  it('gives a patch that turns the old text into the new, on 300 generated cases', () => {
    const next = random(7);
    for (let i = 0; i < 300; i++) {
      const size = next(40);
      const before = Array.from({ length: size }, () => `line ${next(12)}`);
      const after = [...before];
      for (let edits = next(6); edits > 0; edits--) {
        const at = next(after.length + 1);
        const op = next(3);
        if (op === 0) after.splice(at, 1);
        else if (op === 1) after.splice(at, 0, `new ${next(5)}`);
        else after[at] = `changed ${next(5)}`;
      }
      const a = before.length ? `${before.join('\n')}${next(4) === 0 ? '' : '\n'}` : '';
      const b = after.filter((l) => l !== undefined).length ? `${after.filter((l) => l !== undefined).join('\n')}\n` : '';
      const patch = unifiedDiff(a, b, labels);
      if (a === b) expect(patch).toBe('');
      else expect(applyPatch(a, patch), `case ${i}`).toBe(b);
    }
  });

  it('stays correct (if not minimal) for texts too different to diff line by line', () => {
    const before = Array.from({ length: 5000 }, (_, i) => `old ${i}`).join('\n') + '\n';
    const after = Array.from({ length: 5000 }, (_, i) => `new ${i}`).join('\n') + '\n';
    expect(applyPatch(before, unifiedDiff(before, after, labels))).toBe(after);
  });
});
