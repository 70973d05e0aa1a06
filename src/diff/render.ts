// API change reports: Markdown for a pull-request comment (grouped by operation, with the
// generated lines each breaking change alters), JSON for tools, and GitHub workflow annotations.

import { terminalText } from '../diagnostics/terminal.js';
import type { ApiChange, ApiDiff, CodeChange } from './api-change.js';

export function renderJson(diff: ApiDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** Code lines a Markdown report shows for one language and side; JSON carries them all. */
const SHOWN_LINES = 8;

const SHARED = 'Types several operations use';
const UNUSED = 'Types no operation uses';

export function renderMarkdown(diff: ApiDiff): string {
  if (diff.changes.length === 0) return '## API changes\n\nNo changes.\n';
  const lines = [`## API changes: ${diff.breaking} breaking, ${diff.nonBreaking} non-breaking`];
  for (const [group, changes] of groups(diff.changes)) {
    const broken = changes.filter((c) => c.breaking).length;
    lines.push('', `### ${group === SHARED || group === UNUSED ? group : code(group)}${broken > 0 ? ` (${broken} breaking)` : ''}`, '');
    for (const c of changes) {
      lines.push(`- ${c.breaking ? '**Breaking** ' : ''}${c.kind} ${c.subject.replace('-', ' ')} ${code(c.name)} (${c.direction}): ${text(c.detail)}; ${text(c.reason)}`);
      for (const block of c.code ?? []) lines.push(...codeBlock(block));
      if (c.code) lines.push('');
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Changes by operation, in name order; then the types several operations use, then those none uses. */
function groups(changes: readonly ApiChange[]): [string, ApiChange[]][] {
  const byGroup = new Map<string, ApiChange[]>();
  for (const c of changes) {
    const group = c.operation ?? (c.direction === 'unused' ? UNUSED : SHARED);
    byGroup.set(group, [...(byGroup.get(group) ?? []), c]);
  }
  const rank = (g: string) => (g === SHARED ? 1 : g === UNUSED ? 2 : 0);
  return [...byGroup].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function codeBlock(block: CodeChange): string[] {
  const side = (sign: string, lines: string[]) => [
    ...lines.slice(0, SHOWN_LINES).map((l) => `  ${sign} ${fenced(l)}`),
    ...(lines.length > SHOWN_LINES ? [`  ${sign} … ${lines.length - SHOWN_LINES} more`] : []),
  ];
  return ['', `  ${block.lang}:`, '  ```diff', ...side('-', block.removed), ...side('+', block.added), '  ```'];
}

/**
 * GitHub Actions workflow commands: an error annotation for each breaking change, a notice for the
 * others. Data is escaped as the runner requires (`%`, CR, LF), so no metadata text can start a command.
 */
export function renderGithub(diff: ApiDiff): string {
  return diff.changes
    .map((c) => {
      const title = c.breaking ? 'Breaking API change' : 'API change';
      const where = c.operation ? ` in ${c.operation}` : '';
      return `::${c.breaking ? 'error' : 'notice'} title=${property(title)}::${data(`${c.kind} ${c.subject.replace('-', ' ')} ${c.name}${where} (${c.direction}): ${c.detail}; ${c.reason}`)}\n`;
    })
    .join('');
}

function data(value: string): string {
  return terminalText(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One line of Markdown: a line break would end the list item; other control characters are escaped (the report reaches terminals). */
function text(value: string): string {
  return terminalText(value.replace(/[\r\n]+/g, ' '));
}

function code(value: string): string {
  return `\`${text(value).replace(/`/g, "'")}\``;
}

/** A generated line inside a fenced block: it cannot close the fence, which is indented deeper than any line could start it. */
function fenced(line: string): string {
  return terminalText(line.replace(/```/g, "'''"));
}
