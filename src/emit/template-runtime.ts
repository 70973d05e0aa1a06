// What the compiled templates (src/emit/compiled/, made by scripts/compile-templates.mjs) call:
// Handlebars' semantics for lookups, escaping, `if`, `each` and partials, in strict,
// known-helpers-only mode, without its runtime. Each function mirrors the Handlebars behaviour
// that gives the same bytes; the differential test (test/emit) holds them to it.

/** A compiled partial: renders `context`, seeing the `@data` of the template that called it. */
export type CompiledPartial = (context: unknown, data: Data) => string;
/** A compiled template: renders a view. */
export type CompiledTemplate = (view: unknown) => string;
/** `@root`, and in an `{{#each}}` `@index`, `@key`, `@first`, `@last`. */
export type Data = Record<string, unknown>;
type Indexable = Record<string | number, unknown>;

/** A property the object has itself: Handlebars refuses inherited ones (prototype access control). */
export function property(object: unknown, name: string): unknown {
  const value = (object as Indexable)[name];
  if (value == null || Object.prototype.hasOwnProperty.call(object, name)) return value;
  return undefined;
}

/** A `{{value}}` in strict mode: its last name must exist. */
export function strict(object: unknown, name: string, at: string): unknown {
  if (!object || !(name in (object as object))) throw new Error(`"${name}" not defined in ${String(object)} - ${at}`);
  return property(object, name);
}

/** A function in the view is called with the context (Handlebars' lambdas). */
export function lambda(value: unknown, context: unknown): unknown {
  return typeof value === 'function' ? (value as (this: unknown) => unknown).call(context) : value;
}

/** `{{{value}}}`, and every value of a code template. */
export function text(value: unknown): string {
  return value == null ? '' : `${value as string}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const HTML_SPECIAL = /[&<>"'`=]/;
const HTML_SPECIALS = /[&<>"'`=]/g;

/** `{{value}}` in an HTML template. */
export function escape(value: unknown): string {
  let string: string;
  if (typeof value === 'string') string = value;
  else if (value == null) return '';
  else if (!value) return `${value as string}`;
  else string = `${value as string}`;
  return HTML_SPECIAL.test(string) ? string.replace(HTML_SPECIALS, (c) => HTML_ESCAPES[c]!) : string;
}

/** `{{#if}}`: false, empty and zero values and empty lists are false. */
export function truthy(value: unknown, context: unknown): boolean {
  const v = lambda(value, context);
  return !!v && !(Array.isArray(v) && v.length === 0);
}

type EachBody = (item: unknown, depths: unknown[] | null, data: Data) => string;

/**
 * `{{#each}}` over a list, an iterable or an object's keys; null when nothing was iterated
 * (`{{else}}`). A body that reads no `@data` (and calls no partial) is given its parent's, which
 * saves a frame per item.
 */
export function each(value: unknown, context: unknown, depths: unknown[] | null, data: Data, body: EachBody, readsData: boolean): string | null {
  let items = lambda(value, context);
  if (!items || typeof items !== 'object') return null;
  let keys: (string | number)[] | undefined;
  if (!Array.isArray(items)) {
    if (Symbol.iterator in items) items = [...(items as Iterable<unknown>)];
    else keys = Object.keys(items);
  }
  const list = items as Indexable;
  const count = keys ? keys.length : (items as unknown[]).length;
  let out = '';
  let iterated = false;
  for (let i = 0; i < count; i++) {
    const key = keys ? keys[i]! : i;
    if (!keys && !(i in list)) continue;
    iterated = true;
    const item = list[key];
    const frame: Data = readsData ? { ...data, _parent: data, key, index: i, first: i === 0, last: i === count - 1 } : data;
    // As Handlebars: a block whose context differs from its parent's opens a new `../` level.
    const inner = depths && item != depths[0] ? [item, ...depths] : depths;
    out += body(item, inner, frame);
  }
  return iterated ? out : null;
}

/** `{{> name key=value}}`: the context with the hash's values added. */
export function extend(context: unknown, hash: Record<string, unknown>): Record<string, unknown> {
  return { ...(context as object), ...hash };
}

/** `(lookup object "field")`. */
export function lookup(object: unknown, field: unknown): unknown {
  return object ? property(object, String(field)) : object;
}

/** `{{> name}}`; a standalone partial's indent starts each of its lines. */
export function partial(partials: Record<string, CompiledPartial>, name: unknown, context: unknown, data: Data, indent: string): string {
  const render = partials[name as string];
  if (!render) throw new Error(`The partial ${String(name)} could not be found`);
  const result = render(context, data);
  return indent ? indentLines(result, indent) : result;
}

function indentLines(text: string, indent: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i] && i + 1 === lines.length) break;
    lines[i] = indent + lines[i]!;
  }
  return lines.join('\n');
}
