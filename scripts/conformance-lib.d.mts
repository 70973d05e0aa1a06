// Types of conformance-lib.mjs, a plain ES module that the conformance script runs without a build
// and the tests import.

export type ConformanceLanguage = 'python' | 'swift' | 'typescript' | 'mjs' | 'kotlin' | 'java';

/** One generated file checked against ServiceStack's own file for the same server. */
export interface ConformancePair {
  id: string;
  lang: ConformanceLanguage;
  /** The metadata document, relative to the checkout; `{corpus}` stands for the corpus folder. */
  input: string;
  /** ServiceStack's file, relative to the corpus folder. */
  real: string;
  options?: Record<string, unknown>;
}

export interface Declaration {
  text: string;
  members: string[];
}

export interface ConformanceFigures {
  id: string;
  expected: number;
  found: number;
  identical: number;
  sameMembers: number;
  names: { missing: string[]; otherText: string[]; otherMembers: string[] };
}

export const PAIRS: readonly ConformancePair[];

export function declarations(source: string, lang: ConformanceLanguage): Map<string, Declaration>;

export function conformance(
  pair: ConformancePair,
  library: { generate: (request: never) => Promise<unknown>; loadInput: (input: string) => Promise<unknown>; corpus: string; root: string },
): Promise<ConformanceFigures | undefined>;
