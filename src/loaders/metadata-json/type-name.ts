// The type-name strings ServiceStack writes into metadata: `String`, `List`1`, `Int32[]`,
// `Nullable`1[]`, and, inside genericArgs, expanded C#-like names such as
// `Dictionary<String,List<Int32>>` or `Nullable<Byte>`.

/** A parsed type name, before it is resolved against the model. */
export interface TypeSyntax {
  name: string;
  /** Generic arity written as a backtick suffix (`List`1` → 1); 0 when absent. */
  arity: number;
  args: TypeSyntax[];
  /** Number of `[]` suffixes. */
  arrayRank: number;
  /** A trailing `?` (C# shorthand for Nullable<T>). */
  nullable: boolean;
}

export type TypeNameResult = { ok: true; syntax: TypeSyntax } | { ok: false; reason: string; /** A limit was passed (arity, nesting), not the syntax broken. */ overLimit: boolean };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Real generic types have a handful of parameters (ServiceStack's own at most 4); more is refused. */
export const MAX_GENERIC_ARITY = 16;
/** How deeply type arguments may nest (`List<List<…>>`): far beyond real types, and within what every language parses. */
export const MAX_TYPE_NESTING = 32;

export function parseTypeName(text: string): TypeNameResult {
  const parser = new Parser(text);
  try {
    const syntax = parser.type(0);
    parser.skipSpace();
    if (!parser.done()) parser.fail(`unexpected ${printable(text.charAt(parser.pos))} at column ${parser.pos + 1}`);
    return { ok: true, syntax };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, reason: error.message, overLimit: error.overLimit };
    throw error;
  }
}

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly overLimit = false,
  ) {
    super(message);
  }
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.pos >= this.text.length;
  }

  fail(reason: string, overLimit = false): never {
    throw new SyntaxFailure(reason, overLimit);
  }

  skipSpace(): void {
    while (this.text.charAt(this.pos) === ' ') this.pos++;
  }

  type(depth: number): TypeSyntax {
    if (depth > MAX_TYPE_NESTING) this.fail(`type arguments nested more than ${MAX_TYPE_NESTING} deep`, true);
    this.skipSpace();
    IDENT.lastIndex = this.pos;
    const match = IDENT.exec(this.text);
    if (!match) this.fail(this.done() ? 'a type name is missing' : `unexpected ${printable(this.text.charAt(this.pos))} at column ${this.pos + 1}`);
    // Namespace-qualified names (`System.String`) keep their last segment, as ServiceStack does.
    let name = match[0];
    this.pos += name.length;
    while (this.text.charAt(this.pos) === '.') {
      IDENT.lastIndex = this.pos + 1;
      const next = IDENT.exec(this.text);
      if (!next) this.fail(`a name must follow '.' at column ${this.pos + 1}`);
      name = next[0];
      this.pos += 1 + name.length;
    }
    let arity = 0;
    if (this.text.charAt(this.pos) === '`') {
      const digits = /\d+/y;
      digits.lastIndex = this.pos + 1;
      const m = digits.exec(this.text);
      if (!m) this.fail(`generic arity must follow '\`' at column ${this.pos + 1}`);
      arity = Number(m[0]);
      if (arity > MAX_GENERIC_ARITY) this.fail(`generic arity ${m[0].length > 12 ? `${m[0].slice(0, 12)}...` : m[0]} is more than ${MAX_GENERIC_ARITY}`, true);
      this.pos += 1 + m[0].length;
    }
    const args: TypeSyntax[] = [];
    this.skipSpace();
    if (this.text.charAt(this.pos) === '<') {
      this.pos++;
      for (;;) {
        args.push(this.type(depth + 1));
        if (args.length > MAX_GENERIC_ARITY) this.fail(`more than ${MAX_GENERIC_ARITY} type arguments`, true);
        this.skipSpace();
        const c = this.text.charAt(this.pos);
        this.pos++;
        if (c === ',') continue;
        if (c === '>') break;
        this.fail(c === '' ? `'>' is missing` : `unexpected ${printable(c)} at column ${this.pos}`);
      }
    }
    let nullable = false;
    if (this.text.charAt(this.pos) === '?') {
      nullable = true;
      this.pos++;
    }
    let arrayRank = 0;
    while (this.text.startsWith('[]', this.pos)) {
      arrayRank++;
      this.pos += 2;
    }
    return { name, arity, args, arrayRank, nullable };
  }
}

/** A character for a message: quoted, and escaped when it is a control character. */
function printable(char: string): string {
  return `'${JSON.stringify(char).slice(1, -1)}'`;
}
