// Types of oracles.mjs, for the tests that use its parsers.

export interface Parsed {
  /** The first syntax errors, when the text does not parse. */
  error?: string;
  /** The names of the types it declares. */
  declared: string[];
  /** Identifiers (and HTML tag and attribute names) that carry the fuzz marker, or HTML `on…` attributes. */
  marked: string[];
}

export function parseTreeSitter(language: 'swift' | 'kotlin' | 'java' | 'html', source: string): Promise<Parsed & { elements: string[] }>;
export function parseTypeScript(source: string, fileName: string): Parsed;
export function pythonParser(): { parse(source: string): Promise<Parsed>; pid: number | undefined; close(): void };
