// File names of the static API reference, shared by pages (their links) and the site writer.

/** `CreateJwt.html` for the Metadata view, `CreateJwt.python.html` for a language view. */
export function pageFileName(op: string, lang?: string): string {
  return lang === undefined ? `${op}.html` : `${op}.${lang}.html`;
}
