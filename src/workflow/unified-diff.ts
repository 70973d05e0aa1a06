// A unified diff of two texts, as `diff -u` and `git diff` print it, so that `--check` output
// reads like any other patch in a pull request and can be applied with `git apply`.
//
// Lines are compared with Myers' O(ND) algorithm after trimming the common head and tail. Past a
// bound on the edit distance the middle is shown as replaced wholesale: the diff stays correct,
// only less minimal, and a regenerated 10,000-type file cannot make the check run for minutes.

const CONTEXT = 3;
const MAX_EDIT_DISTANCE = 2000;

type Edit = { op: ' ' | '-' | '+'; line: string };

/**
 * The lines of a text, each with its line break: a last line without one differs from the same
 * line with one, as in diff, and prints with diff's `\ No newline at end of file`.
 */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export interface DiffLabels {
  /** `a/path`, or undefined for a file that does not exist (`/dev/null`). */
  old?: string;
  new?: string;
}

/** The unified diff from `before` to `after`; '' when they are equal. */
export function unifiedDiff(before: string | undefined, after: string | undefined, labels: DiffLabels): string {
  if (before === after) return '';
  const a = splitLines(before ?? '');
  const b = splitLines(after ?? '');
  const edits = diffLines(a, b);
  const out = [`--- ${before === undefined ? '/dev/null' : labels.old}`, `+++ ${after === undefined ? '/dev/null' : labels.new}`];
  for (const hunk of hunks(edits)) {
    out.push(hunkHeader(hunk, edits));
    for (let i = hunk.start; i < hunk.end; i++) {
      const edit = edits[i] as Edit;
      if (edit.line.endsWith('\n')) out.push(`${edit.op}${edit.line.slice(0, -1)}`);
      else out.push(`${edit.op}${edit.line}`, '\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}

function diffLines(a: string[], b: string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const same = (line: string): Edit => ({ op: ' ', line });
  return [...a.slice(0, head).map(same), ...myers(middleA, middleB), ...a.slice(a.length - tail).map(same)];
}

/** Myers' greedy shortest edit script, with the trace of each step kept to walk back the path. */
function myers(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...a.map((line): Edit => ({ op: '-', line })), ...b.map((line): Edit => ({ op: '+', line }))];
  const trace: Int32Array[] = [];
  let v = new Int32Array(3);
  const offsetOf = (d: number) => d + 1; // v holds diagonals -d-1 … d+1
  for (let d = 0; d <= Math.min(n + m, MAX_EDIT_DISTANCE); d++) {
    const next = new Int32Array(2 * d + 3);
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offsetOf(d - 1) + k - 1] ?? 0) < (v[offsetOf(d - 1) + k + 1] ?? 0));
      let x = d === 0 ? 0 : down ? (v[offsetOf(d - 1) + k + 1] as number) : (v[offsetOf(d - 1) + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offsetOf(d) + k] = x;
      if (x >= n && y >= m) {
        trace.push(next);
        return backtrack(trace, a, b);
      }
    }
    trace.push(next);
    v = next;
  }
  // Too different to be worth a minimal script: everything old out, everything new in.
  return [...a.map((line): Edit => ({ op: '-', line })), ...b.map((line): Edit => ({ op: '+', line }))];
}

function backtrack(trace: Int32Array[], a: string[], b: string[]): Edit[] {
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const k = x - y;
    const at = (kk: number) => prev[d + kk] as number; // prev covers diagonals -(d-1)-1 … (d-1)+1
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      edits.push({ op: ' ', line: a[--x] as string });
    }
    if (down) edits.push({ op: '+', line: b[--y] as string });
    else edits.push({ op: '-', line: a[--x] as string });
  }
  while (x > 0 && y > 0) {
    y--;
    edits.push({ op: ' ', line: a[--x] as string });
  }
  return edits.reverse();
}

interface Hunk {
  start: number;
  end: number;
}

/** Groups changes with CONTEXT lines around them; changes closer than 2×CONTEXT share a hunk. */
function hunks(edits: Edit[]): Hunk[] {
  const out: Hunk[] = [];
  let current: Hunk | undefined;
  edits.forEach((edit, i) => {
    if (edit.op === ' ') return;
    const start = Math.max(0, i - CONTEXT);
    if (current && start <= current.end) current.end = Math.min(edits.length, i + 1 + CONTEXT);
    else {
      current = { start, end: Math.min(edits.length, i + 1 + CONTEXT) };
      out.push(current);
    }
  });
  return out;
}

function hunkHeader(hunk: Hunk, edits: Edit[]): string {
  let oldLine = 1;
  let newLine = 1;
  for (let i = 0; i < hunk.start; i++) {
    if ((edits[i] as Edit).op !== '+') oldLine++;
    if ((edits[i] as Edit).op !== '-') newLine++;
  }
  let oldCount = 0;
  let newCount = 0;
  for (let i = hunk.start; i < hunk.end; i++) {
    if ((edits[i] as Edit).op !== '+') oldCount++;
    if ((edits[i] as Edit).op !== '-') newCount++;
  }
  // An empty side starts at the line before (diff's convention: `-0,0`).
  const range = (line: number, count: number) => `${count === 0 ? line - 1 : line}${count === 1 ? '' : `,${count}`}`;
  return `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`;
}
