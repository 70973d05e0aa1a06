// The `Options:` header's lines, in a language's comment syntax. An option line is commented out
// unless the user set that option.

import type { HeaderPlan } from '../plan/header.js';
import { singleLine } from './text.js';

export interface HeaderLines {
  /** `Date: …`, `Version: …`, `Tip: …`, `BaseUrl: …` (and any language-specific lines). */
  info: string[];
  /** One line per option, each commented unless set. */
  options: string[];
}

/**
 * The header's lines with a language's comment marker (`//`, `#`), each passed through `escape`
 * so that no value can close the comment the header sits in.
 */
export function headerLines(header: HeaderPlan, marker: string, escape: (line: string) => string, extraInfo: readonly string[] = []): HeaderLines {
  const info = [
    `Date: ${formatDate(header.date)}`,
    ...extraInfo,
    `Version: ${singleLine(header.version)}`,
    `Tip: To override a DTO option, remove "${marker}" prefix before updating`,
    // Before BaseUrl: the update tools read options only from the lines after it.
    ...(header.recordedInput !== undefined ? [`Input: ${singleLine(header.recordedInput)}`] : []),
    ...(header.formatter !== undefined ? [`Formatter: ${header.formatter}`] : []),
    `BaseUrl: ${singleLine(header.baseUrl)}`,
  ];
  const options = header.options.map((o) => `${o.set ? '' : marker}${o.key}: ${singleLine(o.value)}`);
  return { info: info.map(escape), options: options.map(escape) };
}

/** `yyyy-MM-dd HH:mm:ss`, in UTC so that the same instant always prints the same. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

