// Metadata text cannot inject code: descriptions, attribute values, aliases and the header's
// values that try to close a comment (or, Swift block comments nesting, to open one) stay inside
// their comment; option values that try it are refused.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { declaredNames } from './declarations.js';
import { syntaxProblems, topLevelKinds } from './swift-parser.js';

const ESCAPE = '*/ public class Evil : Codable { } /*';

const document = {
  app: { baseUrl: `https://example.org/${ESCAPE}` },
  api: {
    types: [
      {
        name: 'Tricky',
        namespace: 'App',
        description: `Closes ${ESCAPE} and opens /* again\nwith a second line`,
        attributes: [{ name: 'Api', args: [{ name: 'Description', type: 'String', value: 'a "quoted"\n} class Evil2 {' }] }],
        properties: [
          { name: 'Note', type: 'String', namespace: 'System', description: `note ${ESCAPE}` },
          { name: 'Wire', type: 'String', namespace: 'System', dataMember: { name: 'x:Int; var y' } },
          { name: 'Default', type: 'String', namespace: 'System' },
        ],
      },
    ],
    operations: [],
  },
};

describe('Swift output is safe from metadata text', () => {
  it('comments stay comments, and an unsafe alias falls back to the property name', async () => {
    const { model } = loadText(JSON.stringify(document), 'tricky.json');
    const { files, diagnostics } = await generate({ model: model!, lang: 'swift', date: new Date(0), options: { IncludeTypes: 'Tricky' } });
    expect(diagnostics).toEqual([]);
    const source = files.map((f) => f.content).join('');
    expect(await syntaxProblems(source)).toEqual([]);
    expect(declaredNames(source)).toEqual(['Tricky']);
    expect(await topLevelKinds(source)).toEqual(['multiline_comment', 'import_declaration', 'import_declaration', 'multiline_comment', 'comment', 'class_declaration']);
    expect(source).toContain('\nBaseUrl: https://example.org/\\*\\/ public class Evil : Codable { } /\\*\n');
    expect(source).toContain('/**\n* Closes *\\/ public class Evil : Codable { } /\\* and opens /\\* again with a second line\n*/\n');
    expect(source).toContain('// @Api(Description="a \\"quoted\\" } class Evil2 {")\n');
    expect(source).toContain('    // @DataMember(Name="x:Int; var y")\n    public var wire:String?\n');
    expect(source).toContain('    public var `default`:String?\n');
  });

  it('refuses an option value that is not what the option takes', async () => {
    const { model } = loadText(JSON.stringify(document), 'tricky.json');
    const { files, diagnostics } = await generate({ model: model!, lang: 'swift', date: new Date(0), options: { IncludeTypes: `Tricky,${ESCAPE}` } });
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual([`option IncludeTypes: expected type names and patterns, comma separated, found 'Tricky,${ESCAPE}'`]);
  });
});
