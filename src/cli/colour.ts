// Colour for what the CLI writes to standard error, when the terminal takes it (see colourWanted):
// applied where the text leaves the process, so every command and `--watch` look alike and the
// lines stay exactly the same text without it. Lines are recognised by the shapes the CLI gives
// them: `… warning: …` (a warning diagnostic), `dtogen: wrote …` and the other summaries, `Run
// 'dtogen …' for usage.` and the usage text; any other complete line is an error and is red.
// Control characters from input are already escapes (terminalText), so no line carries colour of its own.

import { painted } from '../diagnostics/terminal.js';

const WARNING = /^((?:.*?: )?)warning: /;
const GOOD_SUMMARY = /^dtogen: (?:wrote |nothing to write|\d+ output\(s\) up to date$)/;
/** `docs`: `site/: 12 files` (the folder, not `dtogen:`, leads). */
const SITE_SUMMARY = /^(.*)(: \d+ files(?:, \d+ stale files removed)?)$/;
const BAD_SUMMARY = /^dtogen: (?:config has errors|\d+ of \d+ output\(s\) out of date|\d+ orphaned file|.*, but some failed|.* failed \(last good output kept\))/;
const PLAIN = /^(?:Run 'dtogen|Usage: |Languages: |Examples:|dtogen: (?:changed|ignored) |\s|$)/;

/** One line of standard error, coloured by what it is. */
export function colourLine(line: string): string {
  const warning = WARNING.exec(line);
  if (warning) return `${warning[1] ?? ''}${painted('warning:', 'yellow')} ${line.slice(warning[0].length)}`;
  if (BAD_SUMMARY.test(line)) return `${painted('dtogen:', 'red')}${line.slice('dtogen:'.length)}`;
  if (GOOD_SUMMARY.test(line)) return `${painted('dtogen:', 'green')}${line.slice('dtogen:'.length)}`;
  const site = SITE_SUMMARY.exec(line);
  if (site) return `${painted(site[1] ?? '', 'green')}${site[2] ?? ''}`;
  if (PLAIN.test(line)) return line;
  return painted(line, 'red');
}

/** Colours each complete line of `text`; a progress line (`\r…`, no line break) stays as it is. */
export function colourStderr(text: string): string {
  if (text.includes('\r')) return text;
  return text.replace(/[^\n]+(?=\n)/g, colourLine);
}
