// The fuzzer's failure classes and its run profile, apart from the runs themselves, so that the
// pool's thread need not load the generator to count.

export const FAILURE_CLASSES = ['crash', 'internal error', 'unparsable output', 'undeclared names', 'unlocated diagnostic', 'control characters', 'hang', 'partial file', 'inconsistent exit'];

/**
 * How often the slower runs come: `docs` and `diff` on every n-th document that loads, the CLI in
 * process on every n-th document and the binary on every n-th. `npm run fuzz` runs this profile;
 * the CI slice a lighter one.
 */
export const FULL_PROFILE = { docs: 1, diff: 1, cli: 4, binary: 25 };
