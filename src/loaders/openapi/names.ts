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

export function identifier(name: string): string {
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

  /** `wanted`, or `wanted2`, `wanted3`… : the first that is free. Case-insensitively unique. */
  unique(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
