// The metadata-page rows of reference-parity (section 5), each on a small hand-made document:
// what ServiceStack's BaseMetadataHandler and OperationControl print, in the text and HTML pages.

import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/loaders/index.js';
import { buildPage, renderPage } from '../../src/pages/index.js';

type Json = Record<string, unknown>;

async function page(operation: Json, types: Json[], format: 'text' | 'html' = 'text'): Promise<string> {
  const loaded = loadText(JSON.stringify({ app: { serviceName: 'Rows' }, api: { types, operations: [operation] } }), 'rows.json');
  expect(loaded.diagnostics).toEqual([]);
  const name = (operation.request as Json).name as string;
  const { view, diagnostics } = await buildPage({ model: loaded.model!, op: name });
  expect(diagnostics).toEqual([]);
  return renderPage(view!, format);
}

/** The lines of a text page from a table's caption up to the blank line after it. */
function tableLines(text: string, caption: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(caption);
  expect(start, `no '${caption}' table in:\n${text}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

const request = (name: string, properties: Json[], more: Json = {}): Json => ({ request: { name, namespace: 'App', properties }, ...more });

describe('reference-parity section 5, metadata pages', () => {
  it('no routes: /{fmt}/oneway/{Op} for an operation without a response, /{fmt}/reply/{Op} with one (OC:53-56)', async () => {
    const fire = await page(request('Fire', [{ name: 'Id', type: 'Int32' }]), []);
    expect(fire).toContain('\nPOST /jsv/oneway/Fire HTTP/1.1 \n');
    expect(fire).not.toContain('HTTP/1.1 200 OK');
    const ask = await page(request('Ask', [{ name: 'Id', type: 'Int32' }], { response: { name: 'AskResponse', namespace: 'App' } }), [
      { name: 'AskResponse', namespace: 'App', properties: [{ name: 'Answer', type: 'String' }] },
    ]);
    expect(ask).toContain('\nPOST /jsv/reply/Ask HTTP/1.1 \n');
  });

  it('Description cell: "Allowable Values" and "Valid Range: min - max" (BMH:320-335)', async () => {
    const op = request('Pick', [
      { name: 'Color', type: 'String', description: 'The colour', allowableValues: ['Red', 'Green'] },
      { name: 'Count', type: 'Int32', allowableMin: 1, allowableMax: 10 },
      { name: 'Size', type: 'String', input: { type: 'select', allowableValues: ['S', 'M'] } },
      { name: 'Age', type: 'Int32', input: { type: 'number', min: '18', max: 'many' } },
      { name: 'Level', type: 'Int32', attributes: [{ name: 'ApiAllowableValues', args: [{ name: 'Min', type: 'Int32', value: '0' }, { name: 'Max', type: 'Int32', value: '5' }] }] },
      { name: 'Mode', type: 'String', attributes: [{ name: 'ApiAllowableValues', args: [{ name: 'Values', type: 'String', value: 'fast,slow' }] }] },
      { name: 'Rank', type: 'Int32', attributes: [{ name: 'ApiAllowableValues', constructorArgs: [{ type: 'String', value: 'Rank' }, { type: 'Int32', value: '1' }, { type: 'Int32', value: '3' }] }] },
      { name: 'Step', type: 'Int32', attributes: [{ name: 'ApiAllowableValues', constructorArgs: [{ name: 'min', type: 'Int32', value: '2' }, { name: 'max', type: 'Int32', value: '4' }] }] },
      { name: 'Plain', type: 'String' },
    ]);
    expect(tableLines(await page(op, []), 'Pick Parameters:')).toEqual([
      'Pick Parameters:',
      'Name   Parameter  Data Type  Required  Description',
      'Color  query      string     No        The colour Allowable Values: Red, Green',
      'Count  query      int        No        Valid Range: 1 - 10',
      'Size   query      string     No        Allowable Values: S, M',
      'Age    query      int        No        Valid Range: 18 -',
      'Level  query      int        No        Valid Range: 0 - 5',
      'Mode   query      string     No        Allowable Values: fast, slow',
      'Rank   query      int        No        Valid Range: 1 - 3',
      'Step   query      int        No        Valid Range: 2 - 4',
      'Plain  query      string     No',
    ]);
    const html = await page(op, [], 'html');
    expect(html).toContain('<td>The colour<h4>Allowable Values</h4><ul><li>Red</li><li>Green</li></ul></td>');
    expect(html).toContain('<td><h4>Valid Range: 1 - 10</h4></td>');
    expect(html).toContain('<td><h4>Valid Range: 18 - </h4></td>');
  });

  it('Description cell: allowable values from metadata text stay text in HTML', async () => {
    const html = await page(request('Pick', [{ name: 'Color', type: 'String', allowableValues: ['<script>alert(1)</script>'] }]), [], 'html');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>');
  });

  it('displayType overrides Data Type and the caption; a generic definition is captioned in C# (BMH:302,317; SM:779-785)', async () => {
    const op = request(
      'Req',
      [
        { name: 'When', type: 'String', displayType: 'Date' },
        { name: 'Tag', type: 'String', attributes: [{ name: 'ApiMember', args: [{ name: 'DataType', type: 'String', value: 'Label' }] }] },
        { name: 'Result', type: 'Result`1', genericArgs: ['String'] },
        { name: 'Money', type: 'Money' },
      ],
      { response: { name: 'ReqResponse', namespace: 'App' } },
    );
    const types = [
      { name: 'Result`1', namespace: 'App', genericArgs: ['T'], properties: [{ name: 'Value', type: 'T' }] },
      { name: 'Money', namespace: 'App', displayType: 'Currency', properties: [{ name: 'Amount', type: 'Decimal' }] },
      { name: 'ReqResponse', namespace: 'App', properties: [{ name: 'Ok', type: 'Boolean' }] },
    ];
    const text = await page(op, types);
    expect(tableLines(text, 'Req Parameters:')).toEqual([
      'Req Parameters:',
      'Name    Parameter  Data Type       Required  Description',
      'When    query      Date            No',
      'Tag     query      Label           No',
      'Result  query      Result<string>  No',
      'Money   query      Money           No',
    ]);
    expect(tableLines(text, 'Result<T> Parameters:')).toEqual(['Result<T> Parameters:', 'Name   Parameter  Data Type  Required  Description', 'Value  form       T          No']);
    expect(tableLines(text, 'Currency Parameters:')).toEqual(['Currency Parameters:', 'Name    Parameter  Data Type  Required  Description', 'Amount  form       decimal    No']);
  });

  it('enum tables: Name | Value | description with values, Name | description without, no header then (BMH:252-297)', async () => {
    const op = request('Paint', [
      { name: 'Shade', type: 'Shade', isEnum: true },
      { name: 'Finish', type: 'Finish', isEnum: true },
      { name: 'Size', type: 'Size', isEnum: true },
    ]);
    const types = [
      { name: 'Shade', namespace: 'App', isEnum: true, isEnumInt: true, enumNames: ['Light', 'Dark'], enumValues: ['1', '2'], enumDescriptions: ['Pale', 'Deep'] },
      { name: 'Finish', namespace: 'App', isEnum: true, enumNames: ['Matte', 'Gloss'], enumDescriptions: ['No shine', ''] },
      { name: 'Size', namespace: 'App', isEnum: true, enumNames: ['Small', 'Large'], enumMemberValues: ['s', 'l'] },
    ];
    const text = await page(op, types);
    expect(tableLines(text, 'Shade Enum:')).toEqual(['Shade Enum:', 'Name   Value', 'Light  1      Pale', 'Dark   2      Deep']);
    expect(tableLines(text, 'Finish Enum:')).toEqual(['Finish Enum:', 'Matte  No shine', 'Gloss']);
    expect(tableLines(text, 'Size Enum:')).toEqual(['Size Enum:', 'Name   Value', 'Small  s', 'Large  l']);
    const html = await page(op, types, 'html');
    expect(html).toContain('<thead><tr><th>Name</th><th>Value</th><th></th></tr></thead>');
    expect(html).toContain('<tr><td>Light</td><td>1</td><td>Pale</td></tr>');
    expect(html).toMatch(/<caption>Finish Enum:<\/caption>\n<tbody>\n<tr><td>Matte<\/td><td>No shine<\/td><\/tr>/);
  });

  it('enum tables: the docs site types page has a Description column when members have descriptions', async () => {
    const { buildSite } = await import('../../src/pages/site.js');
    const types = [
      { name: 'Shade', namespace: 'App', isEnum: true, enumNames: ['Light', 'Dark'], enumDescriptions: ['Pale', ''] },
      { name: 'Size', namespace: 'App', isEnum: true, enumNames: ['Small', 'Large'] },
    ];
    const loaded = loadText(JSON.stringify({ api: { types, operations: [request('Paint', [{ name: 'Shade', type: 'Shade', isEnum: true }, { name: 'Size', type: 'Size', isEnum: true }])] } }), 'rows.json');
    const site = await buildSite(loaded.model!);
    const html = site.files.find((f) => f.path === 'types.html')!.content;
    const section = (name: string) => html.slice(html.indexOf(`id="t-${name}"`), html.indexOf('</table>', html.indexOf(`id="t-${name}"`)));
    expect(section('Shade')).toContain('<th>Name</th><th>Value</th><th>Description</th>');
    expect(section('Shade')).toContain('<td>Light</td><td>Light</td><td>Pale</td>');
    expect(section('Size')).not.toContain('Description');
  });

  it('a type without properties gets no table (BMH:298-299)', async () => {
    const op = request('Save', [{ name: 'Tags', type: 'Tags' }], { response: { name: 'Empty', namespace: 'App' } });
    const types = [
      { name: 'Tags', namespace: 'App', properties: [] },
      { name: 'Empty', namespace: 'App' },
    ];
    const text = await page(op, types);
    expect(text).toContain('\nSave Parameters:\n');
    expect(text).not.toContain('Tags Parameters:');
    expect(text).not.toContain('Empty Parameters:');
    expect(await page(op, types, 'html')).not.toContain('<caption>Empty');
  });
});
