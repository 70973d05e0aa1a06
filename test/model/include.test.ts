import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/index.js';
import { filterTypes, parseTypeList } from '../../src/model/passes/include.js';
import type { MetadataModel } from '../../src/model/types.js';

const t = (name: string, namespace: string, props: Record<string, string> = {}, extra: Record<string, unknown> = {}) => ({
  name,
  namespace,
  properties: Object.entries(props).map(([n, type]) => ({ name: n, type })),
  ...extra,
});

function model(): MetadataModel {
  const text = JSON.stringify({
    api: {
      types: [t('Tag', 'Blog.Types'), t('Author', 'Blog.Types', { Tags: 'List`1' }), t('Unused', 'Other')],
      operations: [
        { request: t('GetPost', 'Blog', { Id: 'Int32' }), response: t('GetPostResponse', 'Blog', { Author: 'Author' }), tags: ['posts'] },
        { request: t('GetTag', 'Blog', { Name: 'String' }), response: t('GetTagResponse', 'Blog', { Result: 'Tag' }), tags: ['tags', 'admin'] },
        { request: t('Ping', 'Ops'), tags: ['admin'] },
      ],
    },
  }).replace('"type":"List`1"', '"type":"List`1","genericArgs":["Tag"]');
  const loaded = loadText(text, 'include.json');
  if (!loaded.model) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.model;
}

const names = (include: string, exclude = '') => {
  const m = model();
  return filterTypes(m, m.types, parseTypeList(include), parseTypeList(exclude)).map((d) => d.name).sort();
};

describe('IncludeTypes / ExcludeTypes', () => {
  it('splits lists on commas but keeps tag groups whole', () => {
    expect(parseTypeList(' A, {x,y} ,B.*,, ')).toEqual(['A', '{x,y}', 'B.*']);
  });
  it('keeps everything when both are empty', () => {
    expect(names('')).toHaveLength(8);
  });
  it('Name: just that type', () => {
    expect(names('Author,Ping')).toEqual(['Author', 'Ping']);
  });
  it('Name.*: the operation with everything it uses', () => {
    expect(names('GetPost.*')).toEqual(['Author', 'GetPost', 'GetPostResponse', 'Tag']);
  });
  it('*.Name: every operation that uses the type', () => {
    expect(names('*.Tag')).toEqual(['Author', 'GetPost', 'GetPostResponse', 'GetTag', 'GetTagResponse', 'Tag']);
  });
  it('Namespace/*: the types of a namespace', () => {
    expect(names('Blog.Types/*')).toEqual(['Author', 'Tag']);
  });
  it('{tag} and {tag1,tag2}: tagged operations', () => {
    expect(names('{admin}')).toEqual(['GetTag', 'GetTagResponse', 'Ping', 'Tag']);
    expect(names('{posts,tags}')).toEqual(['Author', 'GetPost', 'GetPostResponse', 'GetTag', 'GetTagResponse', 'Tag']);
  });
  it('ExcludeTypes removes by name', () => {
    expect(names('GetPost.*', 'Tag,Author')).toEqual(['GetPost', 'GetPostResponse']);
  });
});
