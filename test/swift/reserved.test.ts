// Names Swift cannot declare as they are: `_` (the wildcard), `self` and `Self` (refused escaped
// or not) get a `_` suffix and keep their JSON key in CodingKeys, as Python's `self` → `self_`;
// members named `Type` or `Protocol` (the metatype expressions `x.Type`, `x.Protocol`) and keywords
// are in backticks. As property and type names, and the file parses.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { declaredNames } from './declarations.js';
import { syntaxProblems } from './swift-parser.js';

const text = (name: string) => ({ name, type: 'String', namespace: 'System' });

/** PascalCase JSON: every property's Swift name is its JSON key, as written. */
const DOCUMENT = {
  app: { baseUrl: 'https://example.org', jsTextCase: 'PascalCase' },
  api: {
    types: [
      { name: 'Holder', namespace: 'App', properties: ['_', 'self', 'Self', 'Type', 'Protocol', 'default', 'A'].map(text) },
      { name: 'Child', namespace: 'App', inherits: { name: 'Holder', namespace: 'App' }, properties: [text('self')] },
      { name: 'Self', namespace: 'App', properties: [text('A')] },
      { name: '_', namespace: 'App', properties: [{ name: 'Other', type: 'Self', namespace: 'App' }] },
    ],
    operations: [],
  },
};

async function swift(): Promise<string> {
  const { model, diagnostics } = loadText(JSON.stringify(DOCUMENT), 'reserved.json');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const result = await generate({ model: model!, lang: 'swift', date: new Date(0) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files.map((f) => f.content).join('');
}

describe('Swift names that are reserved', () => {
  it('renames what backticks cannot declare and keeps the JSON key', async () => {
    const source = await swift();
    expect(await syntaxProblems(source)).toEqual([]);
    for (const line of ['public var __:String?', 'public var self_:String?', 'public var Self_:String?', 'public var `Type`:String?', 'public var `Protocol`:String?', 'public var `default`:String?']) {
      expect(source).toContain(`    ${line}\n`);
    }
    expect(source).toContain('        case __ = "_"\n        case self_ = "self"\n        case Self_ = "Self"\n        case `Type`\n        case `Protocol`\n        case `default`\n        case A\n');
    // A subclass codes its own properties under their JSON keys too.
    expect(source).toContain('        case self_ = "self"\n    }\n');
    expect(declaredNames(source)).toEqual(['Holder', 'Child', 'Self_', '__']);
    expect(source).toContain('    public var Other:Self_?\n');
    expect(source).not.toMatch(/`(_|self|Self)`/);
  });
});
