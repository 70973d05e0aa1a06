// Types of compile-templates.mjs.
export interface TemplateFile {
  name: string;
  source: string;
}
export interface TemplateFolder {
  folder: string;
  templates: TemplateFile[];
  partials: TemplateFile[];
}
export function templateFiles(dir: string): TemplateFile[];
export function templateFolders(root?: string): TemplateFolder[];
export function compileTemplates(): void;
