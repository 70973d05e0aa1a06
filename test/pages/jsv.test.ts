import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/index.js';
import { formatJsv, toJsv } from '../../src/pages/jsv.js';
import { SampleBuilder, type Sample } from '../../src/pages/sample.js';

const scalar = (jsv: string): Sample => ({ kind: 'scalar', value: { jsv, json: jsv } });

describe('JSV', () => {
  it('quotes strings with JSV syntax characters, doubling inner quotes', () => {
    const sample: Sample = { kind: 'object', entries: [['a', scalar('x:y')], ['b', scalar('2" x 1"')], ['c', scalar('')], ['d', scalar('plain')]] };
    expect(toJsv(sample)).toBe('{a:"x:y",b:"2"" x 1""",c:"",d:plain}');
  });

  it('formats as ServiceStack does: nested brackets on their own lines, empty values inline', () => {
    expect(formatJsv('{a:1,list:[x,{}],map:{k:v},empty:[],time:"1:2"}')).toBe(
      '{\n\ta: 1,\n\tlist: \n\t[\n\t\tx,\n\t\t{\n\t\t\t\n\t\t}\n\t],\n\tmap: \n\t{\n\t\tk: v\n\t},\n\tempty: [],\n\ttime: "1:2"\n}',
    );
  });
});

describe('samples', () => {
  const model = loadText(
    JSON.stringify({
      app: { jsTextCase: 'PascalCase' },
      api: {
        types: [
          { name: 'Node', namespace: 'App', properties: [{ name: 'Name', type: 'String' }, { name: 'Next', type: 'Node' }] },
          { name: 'Color', namespace: 'App', isEnum: true, enumNames: ['Red', 'Green'] },
          { name: 'Page`1', namespace: 'App', genericArgs: ['T'], properties: [{ name: 'Items', type: 'List`1', genericArgs: ['T'] }] },
        ],
        operations: [
          {
            request: {
              name: 'Get',
              namespace: 'App',
              properties: [
                { name: 'Id', type: 'Nullable`1', genericArgs: ['Int32'] },
                { name: 'Color', type: 'Color', isEnum: true },
                { name: 'Root', type: 'Node' },
                { name: 'Page', type: 'Page`1', genericArgs: ['Color'] },
                { name: 'Wire', type: 'String', dataMember: { name: 'wire_name' } },
              ],
            },
          },
        ],
      },
    }),
    'samples.json',
  ).model!;

  it('fills nullables, enums, generics and nested types, to a nesting limit, with the server casing', () => {
    const sample = new SampleBuilder(model).ofType({ kind: 'named', id: 'Get', args: [] });
    expect(toJsv(sample!)).toBe('{Id:0,Color:Red,Root:{Name:String,Next:{Name:String}},Page:{Items:[Red]},wire_name:String}');
  });
});
