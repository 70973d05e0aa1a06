// The command line's `--version`: the package's own (shared with the User-Agent of URL inputs).
export { packageVersion } from '../version.js';
