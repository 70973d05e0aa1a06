// Finds one top-level declaration in a TypeScript file as ServiceStack lays them out: the comment
// lines right above `export class|interface|enum Name`, down to the closing brace in column one.

export function declarationText(source: string, name: string): string {
  const lines = source.split('\n');
  const header = new RegExp(`^export (class|interface|enum) ${name}\\b`);
  const start = lines.findIndex((l) => header.test(l));
  if (start < 0) throw new Error(`no declaration of ${name}`);
  let first = start;
  while (first > 0 && /^(\/\/|\/\*\*)/.test(lines[first - 1] ?? '')) first--;
  const end = lines.indexOf('}', start);
  if (end < 0) throw new Error(`declaration of ${name} does not end`);
  return lines.slice(first, end + 1).join('\n');
}
