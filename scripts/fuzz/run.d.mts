// Types of run.mjs, for the CI slice.

export type FailureClass = 'crash' | 'internal error' | 'unparsable output' | 'undeclared names' | 'unlocated diagnostic' | 'control characters' | 'hang' | 'partial file' | 'inconsistent exit';
export const FAILURE_CLASSES: readonly FailureClass[];

/** How often the slower runs come: on every n-th document. */
export interface Profile {
  docs: number;
  diff: number;
  cli: number;
  binary: number;
}
export const FULL_PROFILE: Profile;

export interface Failure {
  index: number;
  kind: string;
  class: FailureClass;
  run: string;
  detail: string;
}

export interface FuzzResult {
  documents: number;
  /** Documents that loaded (the others were refused with diagnostics). */
  loaded: number;
  runs: number;
  kinds: Record<string, number>;
  counts: Record<FailureClass, number>;
  failures: Failure[];
  /** Milliseconds spent in each command. */
  times: Record<string, number>;
}

export function fuzz(options: { seed: number; count: number; workers?: number; start?: number; every?: Profile; onDocument?: (result: unknown) => void }): Promise<FuzzResult>;
