// API change reports: Markdown for a pull-request comment, JSON for tools.

import { terminalText } from '../diagnostics/terminal.js';
import type { ApiChange, ApiDiff } from './api-change.js';

export function renderJson(diff: ApiDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

export function renderMarkdown(diff: ApiDiff): string {
  if (diff.changes.length === 0) return '## API changes\n\nNo changes.\n';
  const lines = [`## API changes: ${diff.breaking} breaking, ${diff.nonBreaking} non-breaking`, ''];
  const section = (title: string, changes: ApiChange[]) => {
    if (changes.length === 0) return;
    lines.push(`### ${title}`, '', '| Change | Where | Detail |', '| --- | --- | --- |');
    for (const c of changes) lines.push(`| ${c.kind} ${c.subject.replace('-', ' ')} | ${code(c.name)} | ${cell(c.detail)} |`);
    lines.push('');
  };
  section('Breaking changes', diff.changes.filter((c) => c.breaking));
  section('Other changes', diff.changes.filter((c) => !c.breaking));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Table cell text: a `|` would end the cell, a line break the row; other control characters are escaped (the report reaches terminals). */
function cell(text: string): string {
  return terminalText(text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' '));
}

function code(text: string): string {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}
