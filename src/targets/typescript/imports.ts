// DefaultImports: the import lines at the top of a TypeScript file.

/** `A/B:module` → `import { A, B } from "module";` — items that are not plainly that are skipped. */
export function importLines(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z_$][\w$]*(\/[A-Za-z_$][\w$]*)*:[\w@./-]+$/.test(s))
    .map((s) => {
      const [names = '', module = ''] = s.split(':');
      return `import { ${names.split('/').join(', ')} } from "${module}";`;
    });
}
