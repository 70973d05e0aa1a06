// DefaultImports: the import lines at the top of a TypeScript file.

import { listItems } from '../../plan/option-grammars.js';

/** `A/B:module` → `import { A, B } from "module";` (the option's grammar has checked each item). */
export function importLines(spec: string): string[] {
  return listItems(spec).map((item) => {
    const [names = '', module = ''] = item.split(':');
    return `import { ${names.split('/').join(', ')} } from "${module}";`;
  });
}
