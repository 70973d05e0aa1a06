// Syntax highlighting at build time with highlight.js: the page carries the highlighted markup and
// its colours in CSS, no script. highlight.js is imported when a site is built, never for a text page.

import type { HLJSApi, LanguageFn } from 'highlight.js';
import { escapeHtml } from './html.js';

/** highlight.js's grammar for each page language (target id), and for samples. */
const GRAMMARS: Record<string, string> = { python: 'python', swift: 'swift', typescript: 'typescript', 'typescript-d': 'typescript', json: 'json' };

export type Highlighter = (text: string, language: string) => string;

let loaded: Promise<Highlighter> | undefined;

export function loadHighlighter(): Promise<Highlighter> {
  loaded ??= (async () => {
    const { default: core } = await import('highlight.js/lib/core');
    const hljs: HLJSApi = core.newInstance();
    for (const grammar of new Set(Object.values(GRAMMARS))) {
      const { default: language } = (await import(`highlight.js/lib/languages/${grammar}`)) as { default: LanguageFn };
      hljs.registerLanguage(grammar, language);
    }
    return (text, language) => {
      const grammar = GRAMMARS[language];
      return grammar === undefined ? escapeHtml(text) : hljs.highlight(text, { language: grammar, ignoreIllegals: true }).value;
    };
  })();
  return loaded;
}
