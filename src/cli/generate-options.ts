// The options of `dtogen generate`, named once: yargs declares them (with their help text) and the
// fast parser reads the same table, so the two cannot drift apart.

export interface GenerateOption {
  type: 'string' | 'boolean' | 'number';
  alias?: string;
}

export const GENERATE_OPTIONS = {
  lang: { type: 'string', alias: 'l' },
  out: { type: 'string', alias: 'o' },
  op: { type: 'string' },
  date: { type: 'string' },
  prettier: { type: 'boolean' },
  timeout: { type: 'number' },
  config: { type: 'string', alias: 'c' },
  watch: { type: 'boolean', alias: 'w' },
  check: { type: 'boolean' },
  verbose: { type: 'boolean' },
  header: { type: 'string', alias: 'H' },
} as const satisfies Record<string, GenerateOption>;

/** URL inputs: seconds to wait for a server, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Seconds to wait for a server: a positive number of at most an hour (setTimeout's range is far wider, but no server needs more). */
export function timeoutProblem(timeout: unknown): string | undefined {
  return timeout === undefined || (typeof timeout === 'number' && timeout > 0 && timeout <= 3600) ? undefined : `--timeout: expected seconds between 0 and 3600, found '${String(timeout)}'`;
}
