// DefaultImports: the import lines at the top of a TypeScript file.

import { listItems } from '../../plan/option-grammars.js';

/**
 * `A/B:module` → `import { A, B } from "module";`; an item without `:` → `import "module";` (where
 * ServiceStack copies it unquoted, `import module;`, which no compiler takes). The option's grammar
 * has checked each item.
 */
export function importLines(spec: string): string[] {
  return listItems(spec).map((item) => {
    if (!item.includes(':')) return `import "${item.replace(/^["']|["']$/g, '')}";`;
    const [names = '', module = ''] = item.split(':');
    return `import { ${names.split('/').join(', ')} } from "${module}";`;
  });
}
