// The `dtogen.config.json` file: what it holds once read and checked.

import type { SourceLocation } from '../model/types.js';
import type { OptionValue } from '../targets/target.js';

export const CONFIG_FILE_NAME = 'dtogen.config.json';

/** How one output is generated, whatever its input and path. */
export interface OutputSettings {
  lang: string;
  /** Generator options by their header key. */
  options: Record<string, OptionValue>;
  /** Where each option was written (a config pointer, a flag), by the same key: warnings point there. */
  optionLocations?: Record<string, SourceLocation>;
  /** Operation mode: only this operation's types. */
  op?: string;
  /** Format with prettier, configured for the output's location. */
  prettier?: boolean;
  /** HTTP headers for a URL input, `${ENV}` expanded: sent, never written nor printed. */
  headers?: Record<string, string>;
}

/** One entry of `outputs`: an input (file, URL or glob) generated in one language to one path. */
export interface ConfiguredOutput extends OutputSettings {
  /** As written in the config: a path relative to the config's folder, a glob, or an http(s) URL. */
  input: string;
  /** Relative to the config's folder; `{name}` stands for the input file's name without extension. */
  out: string;
  /** Where the entry is in the config file, for messages. */
  source: SourceLocation;
}

export interface DtogenConfig {
  /** The config file, as the user named it (for messages). */
  file: string;
  /** The absolute folder relative paths start from. */
  dir: string;
  /** The config file's absolute path: no output may overwrite it. */
  path: string;
  /**
   * The folder outputs must stay in: the repository the config is in (the nearest folder above it
   * with a `.git`), else the config's folder.
   */
  root: string;
  /** `allowOutputsOutside`: outputs may be written outside `root`. */
  allowOutputsOutside: boolean;
  outputs: ConfiguredOutput[];
}

/** The fields of an output entry, in the order the schema and messages list them. */
export const OUTPUT_FIELDS = ['input', 'lang', 'out', 'options', 'op', 'prettier', 'headers'] as const;
export const ROOT_FIELDS = ['$schema', 'outputs', 'allowOutputsOutside'] as const;
