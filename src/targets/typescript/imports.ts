// DefaultImports: the import lines at the top of a TypeScript file.

/** `A/B:module` → `import { A, B } from "module";` (the option's grammar has checked each item). */
export function importLines(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const [names = '', module = ''] = s.split(':');
      return `import { ${names.split('/').join(', ')} } from "${module}";`;
    });
}
