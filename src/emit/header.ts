// The `Options:` header ServiceStack writes at the top of generated files. An option line is
// commented out unless the user set that option: the uncommented lines are what `dtogen update`
// (like ServiceStack's `x update`) sends back to regenerate the file.

import type { GenerateRequest, OptionDescriptor, OptionValue } from '../targets/target.js';
import { singleLine } from './text.js';

export interface HeaderLines {
  /** `Date: …`, `Version: …`, `Tip: …`, `BaseUrl: …` (and any target-specific lines). */
  info: string[];
  /** One line per option, each commented unless overridden. */
  options: string[];
}

export function optionsHeader(
  request: GenerateRequest,
  descriptors: readonly OptionDescriptor[],
  marker: string,
  extraInfo: string[] = [],
): HeaderLines {
  const service = request.model.service;
  const info = [
    `Date: ${formatDate(request.date)}`,
    ...extraInfo,
    `Version: ${singleLine(service.version ?? '8.91')}`,
    `Tip: To override a DTO option, remove "${marker}" prefix before updating`,
    // Before BaseUrl: the update tools read options only from the lines after it.
    ...(request.recordedInput !== undefined ? [`Input: ${singleLine(request.recordedInput)}`] : []),
    ...(request.formatter !== undefined ? [`Formatter: ${request.formatter}`] : []),
    `BaseUrl: ${singleLine(service.baseUrl ?? '')}`,
  ];
  const options = descriptors.map((d) => {
    const override = request.overrides.get(d.key);
    const value = override ?? d.default;
    return `${override === undefined ? marker : ''}${d.key}: ${formatValue(value)}`;
  });
  return { info, options };
}

/** `yyyy-MM-dd HH:mm:ss`, in UTC so that the same instant always prints the same. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** How ServiceStack prints option values: .NET booleans, text as it is. */
export function formatValue(value: OptionValue): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  return singleLine(value);
}

export function resolveOptions(descriptors: readonly OptionDescriptor[], overrides: ReadonlyMap<string, OptionValue>) {
  const resolved = new Map<string, OptionValue>();
  for (const d of descriptors) resolved.set(d.key, overrides.get(d.key) ?? d.default);
  return resolved;
}
