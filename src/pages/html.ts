// HTML made outside the templates (highlighted code, cells with type links): text is escaped here,
// once, and only anchors this module builds are added to it.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Where each type's section is, by the name code and tables spell it. */
export type TypeHrefs = ReadonlyMap<string, string>;

/** An entity or an identifier, in the text between tags. */
const TOKEN = /&#?[a-z0-9]+;|[A-Za-z_][A-Za-z0-9_]*/gi;

/**
 * Wraps every identifier that names a documented type in a link to its section. `html` is escaped
 * text, possibly with the highlighter's span tags: only the text between tags is looked at, and
 * the hrefs come from `hrefs`, never from the text.
 */
export function linkTypeNames(html: string, hrefs: TypeHrefs): string {
  if (hrefs.size === 0) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => (piece.startsWith('<') ? piece : piece.replace(TOKEN, (token) => linkTo(token, hrefs))))
    .join('');
}

function linkTo(token: string, hrefs: TypeHrefs): string {
  if (token.startsWith('&')) return token;
  const href = hrefs.get(token);
  return href === undefined ? token : `<a class="type" href="${escapeHtml(href)}">${token}</a>`;
}
