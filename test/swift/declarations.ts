// Cuts one declaration out of a Swift file as ServiceStack lays it out: the comment lines right
// above `public class|enum|protocol Name`, down to the `}` that closes it at the start of a line.

const DECLARATION = /^public (?:class|enum|protocol) ([A-Za-z_][A-Za-z0-9_]*)/;

export function declarationText(source: string, name: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => DECLARATION.exec(l)?.[1] === name);
  if (start < 0) throw new Error(`no declaration of ${name}`);
  let first = start;
  while (first > 0 && /^(\/\/|\/\*\*|\* |\*\/)/.test(lines[first - 1] ?? '')) first--;
  const end = lines.indexOf('}', start);
  if (end < 0) throw new Error(`${name} is not closed`);
  return lines.slice(first, end + 1).join('\n');
}

/** The names of the declarations a Swift file makes, in order. */
export function declaredNames(source: string): string[] {
  return source.split('\n').flatMap((l) => DECLARATION.exec(l)?.[1] ?? []);
}
