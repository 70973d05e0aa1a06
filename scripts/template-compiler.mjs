// Compiles the Handlebars templates of one folder into plain JavaScript that concatenates strings,
// so that rendering needs neither the Handlebars runtime nor a compile step at start-up.
//
// Handlebars' own parser reads each template (it also applies the standalone-line whitespace rules
// and records a standalone partial's indent); this file turns that tree into code. It supports the
// constructs dtogen's templates use and refuses any other with the template's name and line:
// `{{path}}`, `{{{path}}}`, `{{#if}}`, `{{#unless}}`, `{{#each}}` (with `{{else}}`), `../` and
// `@data` paths, comments, and partials (`{{> name}}`, `{{> name context}}`, `{{> name key=value}}`,
// `{{> (lookup . "field")}}`). The semantics are Handlebars' in strict, known-helpers-only mode;
// the helpers the code calls live in src/emit/template-runtime.ts.

import Handlebars from 'handlebars';

const BLOCK_HELPERS = new Set(['if', 'unless', 'each']);

/** Whether a template of this name escapes HTML in `{{value}}` (as Handlebars without noEscape). */
export const escapesHtml = (name) => name.endsWith('.html');

/**
 * The body of a function of `rt` (the template runtime) that returns `{ templates, partials }`:
 * each a map from a template's name (its file name without `.hbs`) to a function of the view.
 * @param {{ templates: {name: string, source: string}[], partials: {name: string, source: string}[] }} folder
 */
export function compileFolder(folder) {
  const lines = ['const P = Object.create(null);', 'const T = Object.create(null);'];
  for (const { name, source } of folder.partials) lines.push(`P[${JSON.stringify(name)}] = ${compileTemplate(name, source, true)};`);
  for (const { name, source } of folder.templates) lines.push(`T[${JSON.stringify(name)}] = ${compileTemplate(name, source, false)};`);
  lines.push('return { templates: T, partials: P };');
  return lines.join('\n');
}

/** One template as a function expression: `(view) => string`, or `(context, data) => string` for a partial. */
function compileTemplate(name, source, isPartial) {
  let ast;
  try {
    ast = Handlebars.parse(source);
  } catch (error) {
    throw new Error(`${name}.hbs: ${error.message}`);
  }
  const compiler = new ProgramCompiler(name, escapesHtml(name), usesDepths(ast));
  const scope = { ctx: 'c0', depths: compiler.useDepths ? 'p0' : 'null', data: 'd0', out: 'o0' };
  const head = isPartial ? '(c0, d0) => {' : '(c0) => {\nconst d0 = { root: c0 };';
  const depths = compiler.useDepths ? '\nconst p0 = [c0];' : '';
  return `${head}${depths}\nlet o0 = '';\n${compiler.program(ast, scope)}return o0;\n}`;
}

/** Whether any path climbs to a parent context (`../x`): only then are the contexts kept. */
function usesDepths(node) {
  if (!node || typeof node !== 'object') return false;
  if (node.type === 'PathExpression' && node.depth > 0) return true;
  return Object.values(node).some((child) => (Array.isArray(child) ? child.some(usesDepths) : child && typeof child === 'object' && usesDepths(child)));
}

/** Whether a block's body reads `@data`, itself or through a partial (which sees the caller's). */
function readsData(node) {
  if (!node || typeof node !== 'object') return false;
  if ((node.type === 'PathExpression' && node.data) || node.type === 'PartialStatement') return true;
  return Object.values(node).some((child) => (Array.isArray(child) ? child.some(readsData) : child && typeof child === 'object' && readsData(child)));
}

class ProgramCompiler {
  constructor(name, escape, useDepths) {
    this.name = name;
    this.escape = escape;
    this.useDepths = useDepths;
    this.counter = 0;
  }

  fail(node, what) {
    const at = node.loc ? `:${node.loc.start.line}:${node.loc.start.column + 1}` : '';
    throw new Error(`${this.name}.hbs${at}: ${what} is not supported by the template compiler`);
  }

  /** Statements appending a program's output to `scope.out`. */
  program(program, scope) {
    let code = '';
    for (const node of program ? program.body : []) code += this.statement(node, scope);
    return code;
  }

  statement(node, scope) {
    switch (node.type) {
      case 'ContentStatement':
        return node.value === '' ? '' : `${scope.out} += ${JSON.stringify(node.value)};\n`;
      case 'CommentStatement':
        return '';
      case 'MustacheStatement':
        return this.mustache(node, scope);
      case 'BlockStatement':
        return this.block(node, scope);
      case 'PartialStatement':
        return this.partial(node, scope);
      default:
        return this.fail(node, node.type);
    }
  }

  mustache(node, scope) {
    if (node.params.length > 0 || node.hash || node.path.type !== 'PathExpression') this.fail(node, `the helper call {{${node.path.original} …}}`);
    const value = `rt.lambda(${this.path(node.path, scope, true)}, ${scope.ctx})`;
    return `${scope.out} += ${this.escape && node.escaped ? 'rt.escape' : 'rt.text'}(${value});\n`;
  }

  block(node, scope) {
    const helper = node.path.original;
    if (node.path.type !== 'PathExpression' || !BLOCK_HELPERS.has(helper)) this.fail(node, `the block {{#${helper}}}`);
    if (node.params.length !== 1 || node.hash) this.fail(node, `{{#${helper}}} without exactly one argument`);
    if (node.program?.blockParams?.length) this.fail(node, 'block parameters');
    const value = this.expression(node.params[0], scope);
    if (helper === 'each') return this.each(value, node, scope);
    const [then, otherwise] = helper === 'if' ? [node.program, node.inverse] : [node.inverse, node.program];
    const elseCode = otherwise ? this.program(otherwise, scope) : '';
    return `if (rt.truthy(${value}, ${scope.ctx})) {\n${this.program(then, scope)}}${elseCode ? ` else {\n${elseCode}}` : ''}\n`;
  }

  each(value, node, scope) {
    const n = ++this.counter;
    const inner = { ctx: `c${n}`, depths: this.useDepths ? `p${n}` : 'null', data: `d${n}`, out: `o${n}` };
    const body = `(${inner.ctx}, ${this.useDepths ? inner.depths : '_'}, ${inner.data}) => {\nlet ${inner.out} = '';\n${this.program(node.program, inner)}return ${inner.out};\n}`;
    const call = `rt.each(${value}, ${scope.ctx}, ${scope.depths}, ${scope.data}, ${body}, ${readsData(node.program)})`;
    if (!node.inverse) return `${scope.out} += ${call} ?? '';\n`;
    return `{\nconst s${n} = ${call};\nif (s${n} === null) {\n${this.program(node.inverse, scope)}} else ${scope.out} += s${n};\n}\n`;
  }

  partial(node, scope) {
    if (node.params.length > 1) this.fail(node, 'a partial with more than one context');
    let name;
    if (node.name.type === 'SubExpression') name = this.lookup(node.name, scope);
    else name = JSON.stringify(node.name.original);
    let context = node.params.length === 1 ? this.expression(node.params[0], scope) : scope.ctx;
    if (node.hash) {
      const pairs = node.hash.pairs.map((p) => `${JSON.stringify(p.key)}: ${this.expression(p.value, scope)}`);
      context = `rt.extend(${context}, { ${pairs.join(', ')} })`;
    }
    return `${scope.out} += rt.partial(P, ${name}, ${context}, ${scope.data}, ${JSON.stringify(node.indent ?? '')});\n`;
  }

  /** `(lookup object "field")`, the one helper used as a sub-expression. */
  lookup(node, scope) {
    if (node.path.original !== 'lookup' || node.params.length !== 2 || node.hash) this.fail(node, `the sub-expression (${node.path.original} …)`);
    return `rt.lookup(${this.expression(node.params[0], scope)}, ${this.expression(node.params[1], scope)})`;
  }

  expression(node, scope) {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node, scope, false);
      case 'StringLiteral':
        return JSON.stringify(node.value);
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return String(node.value);
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      case 'SubExpression':
        return this.lookup(node, scope);
      default:
        return this.fail(node, node.type);
    }
  }

  /**
   * A path's value. As in Handlebars' strict mode, a `{{value}}` requires its last name to exist
   * (`strict`), while a helper's argument only requires the names before it.
   */
  path(node, scope, requireTerminal) {
    let base;
    if (node.data && node.depth > 0) this.fail(node, 'a parent data path (@../)');
    if (node.data) base = scope.data;
    else if (node.depth > 0) base = `${scope.depths}[${node.depth}]`;
    else base = scope.ctx;
    const parts = node.parts;
    if (parts.length === 0) return base;
    const last = requireTerminal ? parts.length - 1 : parts.length;
    let code = base;
    for (let i = 0; i < last; i++) code = `rt.property(${code}, ${JSON.stringify(parts[i])})`;
    if (last === parts.length) return code;
    const at = `${node.loc.start.line}:${node.loc.start.column}`;
    return `rt.strict(${code}, ${JSON.stringify(parts[last])}, ${JSON.stringify(at)})`;
  }
}
