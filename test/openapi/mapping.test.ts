// Each mapping rule of the OpenAPI loader, on a small hand-made spec, with the exact text each
// language writes for it.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadInput } from '../../src/loaders/index.js';
import type { ClassDecl, TypeDecl } from '../../src/model/types.js';
import { fixture } from '../support/paths.js';

const MAPPING = fixture('openapi', 'mapping.yaml');

async function output(lang: string, file = MAPPING) {
  const result = await generate({ input: file, lang, date: new Date('2026-01-02T03:04:05Z') });
  return { text: result.files.map((f) => f.content).join(''), diagnostics: result.diagnostics };
}

function decl(types: TypeDecl[], id: string): ClassDecl {
  const found = types.find((t) => t.id === id);
  if (!found || found.kind === 'enum') throw new Error(`no class ${id}`);
  return found;
}

describe('OpenAPI → model', () => {
  it('maps schemas, inline schemas, allOf, oneOf and operations', async () => {
    const { model, diagnostics } = await loadInput(MAPPING);
    expect(diagnostics).toEqual([]);
    if (!model) throw new Error('no model');
    expect(model.types.map((t) => t.id)).toEqual(['Widget', 'Size', 'WidgetLevel', 'WidgetOwner', 'Circle', 'Shape', 'Square', 'GetWidget', 'PostWidgets', 'PostWidgetsResponse', 'DeleteAll']);
    const widget = decl(model.types, 'Widget');
    expect(widget.properties.map((p) => [p.name, p.wireName, p.isRequired])).toEqual([
      ['Id', 'id', true],
      ['CreatedAt2', 'created-at', true],
      ['Type', '@type', false],
      ['_2fa', '2fa', false],
      ['CreatedAt', 'createdAt', false],
      ['Note', 'note', false],
      ['Size', 'size', false],
      ['Level', 'level', false],
      ['Tags', 'tags', false],
      ['Labels', 'labels', false],
      ['Owner', 'owner', false],
      ['Shape', 'shape', false],
    ]);
    const type = (wire: string) => widget.properties.find((p) => p.wireName === wire)?.type;
    expect(type('note')).toEqual({ kind: 'nullable', of: { kind: 'primitive', name: 'String' } });
    expect(type('labels')).toEqual({ kind: 'dictionary', container: 'Dictionary', key: { kind: 'primitive', name: 'String' }, value: { kind: 'primitive', name: 'Int64' } });
    expect(type('shape')).toMatchObject({ kind: 'union', of: [{ kind: 'named', id: 'Circle' }, { kind: 'named', id: 'Square' }] });
    expect(decl(model.types, 'Circle').base).toEqual({ kind: 'named', id: 'Shape', args: [] });
    expect(decl(model.types, 'Square').base).toBeUndefined();
    expect(decl(model.types, 'Square').properties.map((p) => p.wireName)).toEqual(['side', 'color']);

    const [get, post, del] = model.operations;
    expect(get).toMatchObject({ name: 'GetWidget', method: 'GET', tags: ['widgets'], response: { kind: 'named', id: 'Widget' }, routes: [{ path: '/widgets/{widget-id}', verbs: ['GET'] }] });
    expect(get?.auth).toMatchObject({ requiresAuth: true, requiresApiKey: true });
    expect(decl(model.types, 'GetWidget').properties.map((p) => [p.wireName, p.paramType])).toEqual([['widget-id', 'path'], ['X-Trace', 'header']]);
    expect(post).toMatchObject({ name: 'PostWidgets', response: { kind: 'named', id: 'PostWidgetsResponse' }, returnsVoid: false });
    expect(del).toMatchObject({ name: 'DeleteAll', returnsVoid: true });
    expect(decl(model.types, 'DeleteAll').attributes.map((a) => a.name)).toEqual(['Obsolete']);
  });

  it('follows $refs into local files, recursive types included', async () => {
    const { model, diagnostics, inputs } = await loadInput(fixture('openapi', 'split.yaml'));
    expect(diagnostics).toEqual([]);
    expect(inputs.map((f) => f.replace(/\\/g, '/').split('/').pop())).toEqual(['split.yaml', 'split-pet.yaml']);
    expect(model?.types.map((t) => t.id)).toEqual(['ListPets', 'Pet', 'Owner']);
    expect(model?.operations[0]?.response).toEqual({ kind: 'list', container: 'List', element: { kind: 'named', id: 'Pet', args: [] } });
  });
});

describe('OpenAPI → languages', () => {
  it('Python: exact wire names as field metadata, unions as Union, integer enums as IntEnum', async () => {
    const { text } = await output('python');
    expect(text).toContain(
      [
        'class Widget:',
        '    id: int = 0',
        "    created_at2: datetime.datetime = field(metadata=config(field_name='created-at'), default=datetime.datetime(1, 1, 1))",
        "    type: Optional[str] = field(metadata=config(field_name='@type'), default=None)",
        '    _2fa: Optional[bool] = None',
        '    created_at: Optional[str] = None',
        '    note: Optional[str] = None',
        '    size: Optional[Size] = None',
        '    level: Optional[WidgetLevel] = None',
        '    tags: Optional[List[str]] = None',
        '    labels: Optional[Dict[str, int]] = None',
        '    owner: Optional[WidgetOwner] = None',
        '    shape: Optional[Union[Circle, Square]] = None',
      ].join('\n'),
    );
    expect(text).toContain("class Size(str, Enum):\n    SMALL = 'small'\n    EXTRA_LARGE = 'extra-large'\n");
    expect(text).toContain('class WidgetLevel(IntEnum):\n    VALUE1 = 1\n');
    expect(text).toContain('class Circle(Shape):\n    radius: Optional[float] = None\n');
    expect(text).toContain(
      "class GetWidget(IReturn[Widget]):\n    \"\"\"\n    Reads a widget\n    \"\"\"\n\n    widget_id: int = field(metadata=config(field_name='widget-id'), default=0)\n    x_trace: Optional[str] = field(metadata=config(field_name='X-Trace'), default=None)\n",
    );
  });

  it('TypeScript: quoted keys, unions with |', async () => {
    const { text } = await output('typescript');
    expect(text).toContain(
      [
        'export class Widget',
        '{',
        '    public id: number;',
        "    public 'created-at': string;",
        "    public '@type': string;",
        "    public '2fa': boolean;",
        '    public createdAt: string;',
        '    public note?: string;',
        '    public size: Size;',
        '    public level: WidgetLevel;',
        '    public tags: string[];',
        '    public labels: { [index:string]: number; };',
        '    public owner: WidgetOwner;',
        '    public shape: Circle | Square;',
      ].join('\n'),
    );
    expect(text).toContain("export enum Size\n{\n    Small = 'small',\n    ExtraLarge = 'extra-large',\n}");
  });

  it('Swift: CodingKeys for wire names, raw values for enums, unions as String with a warning', async () => {
    const { text, diagnostics } = await output('swift');
    expect(text).toContain(
      [
        '    private enum CodingKeys : String, CodingKey {',
        '        case id',
        '        case createdAt2 = "created-at"',
        '        case type = "@type"',
        '        case _2fa = "2fa"',
        '        case createdAt',
      ].join('\n'),
    );
    expect(text).toContain('    public var shape:String?\n');
    expect(text).toContain('public enum Size : String, Codable\n{\n    case Small = "small"\n    case ExtraLarge = "extra-large"\n}');
    expect(text).toContain('        case widgetId = "widget-id"\n        case xTrace = "X-Trace"\n');
    expect(diagnostics).toEqual([
      {
        code: 'union-fallback',
        severity: 'warning',
        message: 'Swift has no union type: oneOf/anyOf typed as String',
        location: { file: MAPPING, pointer: '/components/schemas/Widget/properties/shape/oneOf' },
      },
    ]);
  });
});
