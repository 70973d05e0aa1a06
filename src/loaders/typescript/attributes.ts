// Attributes as TypeScript carries them: okai-style decorators (`@route('/x', 'GET')`,
// `@dataMember({ order: 1 })`) and the comments ServiceStack's own dtos.ts writes for them
// (`// @Route("/x", "GET")`, `// @DataMember(Order=1)`). Both become the metadata document's
// attribute shape; the ones that carry model facts (routes, data members, …) are read by the caller.

import { Node, type Decorator } from 'ts-morph';

export interface SourceArg {
  name?: string;
  type: 'String' | 'Int32' | 'Double' | 'Boolean';
  value: string;
}

export interface SourceAttribute {
  name: string;
  args: SourceArg[];
  /** Offset in the file, for locations. */
  pos: number;
}

/** `// @Name(args)` comments directly above a node, in order. */
export function commentAttributes(node: Node): SourceAttribute[] {
  const file = node.getSourceFile();
  const text = file.getFullText();
  const out: SourceAttribute[] = [];
  for (const range of node.getLeadingCommentRanges()) {
    const comment = text.slice(range.getPos(), range.getEnd());
    const match = /^\/\/\s*@([A-Za-z_][A-Za-z0-9_]*)\s*(\((.*)\))?\s*$/.exec(comment);
    if (!match) continue;
    out.push({ name: match[1] as string, args: match[3] !== undefined ? commentArgs(match[3]) : [], pos: range.getPos() });
  }
  return out;
}

/** Comma-separated `Name=value` or `value`, values C#-spelled: `"text"`, `1`, `true`, or raw text. */
function commentArgs(text: string): SourceArg[] {
  const out: SourceArg[] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
  };
  while (i < text.length) {
    skip();
    const named = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/.exec(text.slice(i));
    let name: string | undefined;
    if (named) {
      name = named[1];
      i += named[0].length;
      skip();
    }
    let value: SourceArg;
    if (text.charAt(i) === '"') {
      let body = '';
      i++;
      while (i < text.length && text.charAt(i) !== '"') {
        if (text.charAt(i) === '\\' && i + 1 < text.length) i++;
        body += text.charAt(i++);
      }
      i++;
      value = { type: 'String', value: body };
    } else {
      let depth = 0;
      const start = i;
      while (i < text.length && (depth > 0 || text.charAt(i) !== ',')) {
        if (text.charAt(i) === '(') depth++;
        if (text.charAt(i) === ')') depth--;
        i++;
      }
      value = literal(text.slice(start, i).trim());
    }
    out.push(name !== undefined ? { name, ...value } : value);
    skip();
    if (text.charAt(i) === ',') i++;
  }
  return out;
}

function literal(raw: string): SourceArg {
  if (/^(true|false)$/i.test(raw)) return { type: 'Boolean', value: raw.toLowerCase() };
  if (/^-?\d+$/.test(raw)) return { type: 'Int32', value: raw };
  if (/^-?\d+\.\d+$/.test(raw)) return { type: 'Double', value: raw };
  return { type: 'String', value: raw };
}

/** Decorators, their names PascalCased as .NET attributes are (`validateNotEmpty` → `ValidateNotEmpty`). */
export function decoratorAttributes(decorators: readonly Decorator[]): SourceAttribute[] {
  return decorators.map((d) => ({
    name: pascal(d.getName()),
    args: d.getArguments().flatMap((a) => decoratorArg(a)),
    pos: d.getStart(),
  }));
}

function decoratorArg(node: Node): SourceArg[] {
  if (Node.isObjectLiteralExpression(node)) {
    return node.getProperties().flatMap((p) => {
      if (!Node.isPropertyAssignment(p)) return [];
      const init = p.getInitializer();
      const value = init ? decoratorArg(init)[0] : undefined;
      return value && value.name === undefined ? [{ name: pascal(p.getName().replace(/^['"]|['"]$/g, '')), type: value.type, value: value.value }] : [];
    });
  }
  return [decoratorValue(node)];
}

function decoratorValue(node: Node): SourceArg {
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return { type: 'String', value: node.getLiteralValue() };
  if (Node.isNumericLiteral(node)) return { type: Number.isInteger(node.getLiteralValue()) ? 'Int32' : 'Double', value: node.getText() };
  if (Node.isPrefixUnaryExpression(node) && /^-\d+(\.\d+)?$/.test(node.getText())) return literal(node.getText());
  if (Node.isTrueLiteral(node) || Node.isFalseLiteral(node)) return { type: 'Boolean', value: node.getText() };
  if (Node.isArrayLiteralExpression(node)) return { type: 'String', value: node.getElements().map((e) => decoratorValue(e).value).join(',') };
  return { type: 'String', value: node.getText() };
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** JSDoc as description and notes: a `@description` tag or the comment's text, and a `@notes` tag. */
export function jsDocText(node: Node): { description?: string; notes?: string } {
  if (!Node.isJSDocable(node)) return {};
  let description: string | undefined;
  let notes: string | undefined;
  for (const doc of node.getJsDocs()) {
    const main = doc.getDescription().trim();
    if (main !== '') description = main;
    for (const tag of doc.getTags()) {
      const text = (tag.getCommentText() ?? '').trim();
      if (text === '') continue;
      if (tag.getTagName() === 'description') description = text;
      if (tag.getTagName() === 'notes') notes = text;
    }
  }
  return { ...(description !== undefined ? { description } : {}), ...(notes !== undefined ? { notes } : {}) };
}

