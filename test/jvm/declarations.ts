// Top-level declarations of a Kotlin file, or the nested ones of a Java file, by name: their text,
// and the names of their fields.

export type JvmLanguage = 'kotlin' | 'java';

export interface JvmDeclaration {
  text: string;
  fields: string[];
}

const HEADER = {
  kotlin: /^(?:open class|interface|enum class) (\w+)/,
  java: /^ {4}public static (?:class|interface|enum) (\w+)/,
};
const END = { kotlin: '}', java: '    }' };
const FIELD = {
  kotlin: /^ {4}(?:@SerializedName\("[^"]*"\) )?(?:open |override )?va[rl] (\w+):/,
  java: /^ {8}(?:@SerializedName\("[^"]*"\) )?public (?!static)[\w<>,[\] ?]+ (\w+) = /,
};

export function jvmDeclarations(source: string, lang: JvmLanguage): Map<string, JvmDeclaration> {
  const lines = source.split('\n');
  const out = new Map<string, JvmDeclaration>();
  for (let i = 0; i < lines.length; i++) {
    const name = HEADER[lang].exec(lines[i] ?? '')?.[1];
    if (!name || out.has(name)) continue;
    // The annotations and comments above the declaration belong to it.
    let start = i;
    while (start > 0 && (lines[start - 1] ?? '').trim() !== '' && !(lines[start - 1] ?? '').startsWith(END[lang])) start--;
    let end = i + 1;
    while (end < lines.length && lines[end] !== END[lang]) end++;
    const body = lines.slice(start, end + 1);
    out.set(name, { text: body.join('\n'), fields: body.flatMap((l) => FIELD[lang].exec(l)?.[1] ?? []).sort() });
  }
  return out;
}
