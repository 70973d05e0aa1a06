// Types of template-compiler.mjs.
export function escapesHtml(name: string): boolean;
export function compileFolder(folder: { templates: { name: string; source: string }[]; partials: { name: string; source: string }[] }): string;
