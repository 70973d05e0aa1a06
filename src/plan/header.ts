// What the `Options:` header ServiceStack writes at the top of generated files says: the date,
// the server, and each option with its value and whether the user set it (set options print
// uncommented: they are what `dtogen update`, like ServiceStack's `x update`, sends back).

import type { MetadataModel } from '../model/types.js';
import type { OptionValue, ResolvedOptions } from './options.js';

export interface HeaderOptionLine {
  key: string;
  /** As ServiceStack prints it: `True`/`False`, text as it is. */
  value: string;
  /** Set by the user: printed uncommented. */
  set: boolean;
}

export interface HeaderPlan {
  date: Date;
  version: string;
  /** A local input recorded for `dtogen update` (a path relative to the generated file). */
  recordedInput?: string;
  formatter?: 'prettier';
  baseUrl: string;
  options: HeaderOptionLine[];
}

export interface HeaderSettings {
  date: Date;
  recordedInput?: string;
  formatter?: 'prettier';
  /** The URL the input was fetched from: `BaseUrl` names it, so that an update asks the same server. */
  fetchedFrom?: string;
}

export function planHeader(model: MetadataModel, options: ResolvedOptions, settings: HeaderSettings): HeaderPlan {
  return {
    date: settings.date,
    version: model.service.version ?? '8.91',
    ...(settings.recordedInput !== undefined ? { recordedInput: settings.recordedInput } : {}),
    ...(settings.formatter !== undefined ? { formatter: settings.formatter } : {}),
    // The metadata's own BaseUrl may name another server (production, where a local copy runs).
    baseUrl: settings.fetchedFrom ?? model.service.baseUrl ?? '',
    options: options.descriptors
      .filter((d) => !d.hidden || options.set.has(d.key))
      .map((d) => ({ key: d.key, value: formatValue(options.value(d.key) ?? d.default), set: options.set.has(d.key) })),
  };
}

/** How ServiceStack prints option values: .NET booleans, text as it is. */
function formatValue(value: OptionValue): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  return value;
}
