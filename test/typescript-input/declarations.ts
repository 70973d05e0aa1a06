// Splits a generated file into its declarations (a line at column 0 after a blank line starts
// one), so that files are compared declaration by declaration, whatever their order.

export function declarations(text: string): string[] {
  const body = text.replace(/^[\s\S]*?\*\/\n|^[\s\S]*?\n"""\n/, '');
  const out: string[] = [];
  let current: string[] = [];
  let previousBlank = true;
  for (const line of body.split('\n')) {
    if (previousBlank && /^[^\s}\])]/.test(line) && current.some((l) => l.trim() !== '')) {
      out.push(current.join('\n').trim());
      current = [];
    }
    current.push(line);
    previousBlank = line.trim() === '';
  }
  if (current.some((l) => l.trim() !== '')) out.push(current.join('\n').trim());
  return out.sort();
}

/** What is in one list of declarations and not in the other. */
export function difference(expected: readonly string[], actual: readonly string[]): { missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const d of expected) left.set(d, (left.get(d) ?? 0) + 1);
  const extra: string[] = [];
  for (const d of actual) {
    const n = left.get(d) ?? 0;
    if (n > 0) left.set(d, n - 1);
    else extra.push(d);
  }
  const missing = [...left].flatMap(([d, n]) => Array.from({ length: n }, () => d));
  return { missing, extra };
}
