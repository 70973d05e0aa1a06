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
        { request: t('FindTag', 'Blog', { Name: 'String' }), response: t('Tag', 'Blog.Types'), returnType: { name: 'Tag', namespace: 'Blog.Types' } },
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
    expect(names('')).toHaveLength(9);
  });
  it('Name: just that type', () => {
    expect(names('Author,Ping')).toEqual(['Author', 'Ping']);
  });
  it("Name of a request: with its operation's return type", () => {
    expect(names('FindTag')).toEqual(['FindTag', 'Tag']);
  });
  it('Name.*: the operation with everything it uses', () => {
    expect(names('GetPost.*')).toEqual(['Author', 'GetPost', 'GetPostResponse', 'Tag']);
  });
  it('*.Name: the type, and the operations that inherit, implement a generic of, or return it', () => {
    // GetTag's response only has a property of type Tag: it does not reference Tag in ServiceStack's sense.
    expect(names('*.Tag')).toEqual(['FindTag', 'Tag']);
  });
  it('Namespace/*: the types of the namespaces that start so', () => {
    expect(names('Blog.Types/*')).toEqual(['Author', 'Tag']);
    expect(names('Blog/*')).toEqual(['Author', 'FindTag', 'GetPost', 'GetPostResponse', 'GetTag', 'GetTagResponse', 'Tag']);
  });
  it('{tag} and {tag1,tag2}: tagged operations', () => {
    expect(names('{admin}')).toEqual(['GetTag', 'GetTagResponse', 'Ping', 'Tag']);
    expect(names('{posts,tags}')).toEqual(['Author', 'GetPost', 'GetPostResponse', 'GetTag', 'GetTagResponse', 'Tag']);
  });
  it('ExcludeTypes removes by name', () => {
    expect(names('GetPost.*', 'Tag,Author')).toEqual(['GetPost', 'GetPostResponse']);
  });
  it('excluding a request removes its operation, and so its response', () => {
    expect(names('', 'GetPost')).toEqual(['Author', 'FindTag', 'GetTag', 'GetTagResponse', 'Ping', 'Tag', 'Unused']);
  });
  it('the words services and types exclude every operation, or every other type', () => {
    expect(names('', 'services')).toEqual(['Author', 'Unused']);
    expect(names('', 'types')).toEqual(['FindTag', 'GetPost', 'GetPostResponse', 'GetTag', 'GetTagResponse', 'Ping', 'Tag']);
  });
});
