// Renders operation pages as text (for a terminal or a diff) or as self-contained HTML.

import { loadTemplates } from '../emit/engine.js';
import type { PageView } from './page-model.js';

export type PageFormat = 'text' | 'html';

export function renderPage(view: PageView, format: PageFormat): string {
  return loadTemplates('pages').render(format === 'text' ? 'page.txt' : 'page.html', view);
}
