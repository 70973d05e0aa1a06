// File names of the static API reference, shared by pages (their links) and the site writer.

import { createHash } from 'node:crypto';

/** File systems take names of at most 255 bytes: a longer operation name is cut, and told apart by a hash. */
const MAX_STEM = 120;

/** `CreateJwt.html` for the Metadata view, `CreateJwt.python.html` for a language view. */
export function pageFileName(op: string, lang?: string): string {
  const stem = op.length <= MAX_STEM ? op : `${op.slice(0, MAX_STEM - 17)}-${createHash('sha256').update(op).digest('hex').slice(0, 16)}`;
  return lang === undefined ? `${stem}.html` : `${stem}.${lang}.html`;
}
