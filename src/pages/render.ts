// Renders operation pages as text (for a terminal or a diff) or as self-contained HTML.

import { loadTemplates } from '../emit/engine.js';
import { terminalText } from '../diagnostics/terminal.js';
import { articleView } from './article.js';
import type { PageView } from './page-model.js';

export type PageFormat = 'text' | 'html';

export function renderPage(view: PageView, format: PageFormat): string {
  // Control characters are HTML parse errors: those metadata text carries are shown as escapes here too.
  if (format === 'html') return terminalText(loadTemplates('pages').render('page.html', articleView(view)));
  // Text goes to terminals: no control character from the metadata reaches one.
  return terminalText(loadTemplates('pages').render('page.txt', view));
}
