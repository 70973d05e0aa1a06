// Optional formatting of generated files with prettier, configured the way prettier's own CLI
// would configure it for the file's location (.prettierrc, package.json "prettier", .editorconfig).
// prettier is imported only when asked for, so that plain runs start fast.

import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from './files.js';

export type Formatter = 'prettier';

/**
 * Formats every file with prettier. `outputPath` is where the (single) file will be written; when
 * absent each file is taken to live at its own path under the current directory.
 */
export async function formatFiles(files: readonly GeneratedFile[], outputPath?: string): Promise<{ files: GeneratedFile[]; diagnostics: Diagnostic[] }> {
  const prettier = await import('prettier');
  const formatted: GeneratedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const filepath = path.resolve(outputPath !== undefined && files.length === 1 ? outputPath : file.path);
    try {
      const config = (await prettier.resolveConfig(filepath, { editorconfig: true })) ?? {};
      formatted.push({ ...file, content: await prettier.format(file.content, { ...config, filepath }) });
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      diagnostics.push(diagnostic('format-failed', { reason }, { file: filepath }));
    }
  }
  return { files: formatted, diagnostics };
}
