// Identifiers for OpenAPI names, which are often not identifiers (`simple-user`, `created-at`,
// `@type`, `2fa`, `repos/get-content`). The rule, the same for types, operations, properties and
// enum members: split the name into words at every character that is not an ASCII letter or
// digit and where a lower-case letter or digit meets an upper-case one (`userID` → user, ID), then
// join the words capitalised (`UserId`). A name that starts with a digit takes a `_` in front
// (`_2fa`), one with no letter or digit at all becomes `Value`. Each language then spells the
// identifier its own way (Python `user_id`, Swift `userId`), and the wire name stays exact.
// Clashes within one scope (`created-at` beside `createdAt`) are resolved deterministically: a
// wire name that is already an identifier keeps its name, and the others, in document order, take
// `2`, `3`, and so on (`created-at` → CreatedAt2). Names are unique without regard to case.

/** Identifiers by name: a large document spells the same few thousand names many times over. */
const IDENTIFIERS = new Map<string, string>();

export function identifier(name: string): string {
  let found = IDENTIFIERS.get(name);
  if (found === undefined) IDENTIFIERS.set(name, (found = toIdentifier(name)));
  return found;
}

function toIdentifier(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return 'Value';
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** Names taken in one scope (a document's types, a class's properties, an enum's members). */
export class NameScope {
  private readonly taken = new Set<string>();
  /** The next suffix to try for each wanted name, so that many clashes stay linear. */
  private readonly next = new Map<string, number>();

  /** `wanted`, or `wanted2`, `wanted3`… : the first that is free. Case-insensitively unique. */
  unique(wanted: string): string {
    const key = wanted.toLowerCase();
    if (!this.taken.has(key)) {
      this.taken.add(key);
      return wanted;
    }
    let name = wanted;
    let n = this.next.get(key) ?? 2;
    while (this.taken.has(name.toLowerCase())) name = `${wanted}${n++}`;
    this.next.set(key, n);
    this.taken.add(name.toLowerCase());
    return name;
  }
}
