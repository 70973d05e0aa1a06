// The change rules, one hand-made pair of documents each: a request (Hello), its response
// (HelloResponse), a type both use (Shared), and an enum on each side (Mode is sent, Status read).

import { describe, expect, it } from 'vitest';
import { compareModels } from '../../src/diff/compare.js';
import { dataFlow } from '../../src/diff/data-flow.js';
import { loadText, type MetadataModel } from '../../src/index.js';
import { typescript } from '../../src/targets/typescript/index.js';

type Prop = { name: string; type: string; namespace?: string; genericArgs?: string[]; isRequired?: boolean; isValueType?: boolean };

interface Parts {
  request: Prop[];
  response: Prop[];
  shared: Prop[];
  extra: Prop[];
  extraName: string;
  modes: string[];
  statuses: string[];
}

const str = (name: string, more: Partial<Prop> = {}): Prop => ({ name, type: 'String', namespace: 'System', ...more });

function doc(edit: (parts: Parts) => void = () => {}): MetadataModel {
  const parts: Parts = {
    request: [str('Name'), { name: 'Mode', type: 'Mode', namespace: 'My' }, { name: 'Item', type: 'Shared', namespace: 'My' }, { name: 'Age', type: 'Int32', namespace: 'System', isValueType: true }],
    response: [str('Result', { isRequired: true }), str('Note'), { name: 'Status', type: 'Status', namespace: 'My' }, { name: 'Item', type: 'Shared', namespace: 'My' }, { name: 'Extra', type: 'Extra', namespace: 'My' }],
    shared: [str('Code'), str('Label', { isRequired: true })],
    extra: [str('Text'), { name: 'Count', type: 'Int32', namespace: 'System', isValueType: true }],
    extraName: 'Extra',
    modes: ['Fast', 'Slow'],
    statuses: ['Ok', 'Failed'],
  };
  edit(parts);
  // The response refers to Extra by its current name.
  const response = parts.response.map((p) => (p.type === 'Extra' ? { ...p, type: parts.extraName } : p));
  const loaded = loadText(
    JSON.stringify({
      types: [
        { name: 'HelloResponse', namespace: 'My', properties: response },
        { name: 'Shared', namespace: 'My', properties: parts.shared },
        { name: parts.extraName, namespace: 'My', properties: parts.extra },
        { name: 'Mode', namespace: 'My', isEnum: true, enumNames: parts.modes },
        { name: 'Status', namespace: 'My', isEnum: true, enumNames: parts.statuses },
      ],
      operations: [{ request: { name: 'Hello', namespace: 'My', properties: parts.request }, response: { name: 'HelloResponse', namespace: 'My' }, routes: [{ path: '/hello' }], actions: ['ANY'] }],
    }),
    'doc.json',
  );
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.model;
}

/** Each change as `verdict kind subject name [direction]: reason`. */
const verdicts = (edit: (parts: Parts) => void, options = {}) =>
  compareModels(doc(), doc(edit), options).changes.map((c) => `${c.breaking ? 'BREAKING' : 'fine'} ${c.kind} ${c.subject} ${c.name} [${c.direction}]: ${c.reason}`);

const remove = (props: Prop[], name: string) => props.splice(props.findIndex((p) => p.name === name), 1);
const find = (props: Prop[], name: string) => props.find((p) => p.name === name) as Prop;

describe('data flow', () => {
  it('classifies types by the way their data flows, and names the one operation that uses them', () => {
    const flow = dataFlow(doc());
    expect(['Hello', 'HelloResponse', 'Shared', 'Extra', 'Mode', 'Status'].map((id) => `${id}: ${flow.direction(id)} ${flow.operation(id)}`)).toEqual([
      'Hello: request Hello',
      'HelloResponse: response Hello',
      'Shared: both Hello',
      'Extra: response Hello',
      'Mode: request Hello',
      'Status: response Hello',
    ]);
  });
});

describe('requests (what clients send)', () => {
  it('a new required property breaks, a new optional one does not', () => {
    expect(verdicts((p) => p.request.push(str('Token', { isRequired: true })))).toEqual([
      'BREAKING added property Hello.Token [request]: breaks clients that do not send it: the server requires it',
    ]);
    expect(verdicts((p) => p.request.push(str('Token')))).toEqual(['fine added property Hello.Token [request]: clients may leave it out']);
  });

  it('a removed property breaks', () => {
    expect(verdicts((p) => remove(p.request, 'Name'))).toEqual(['BREAKING removed property Hello.Name [request]: breaks clients that send it: the server no longer reads it']);
  });

  it('optional made required breaks, required made optional does not', () => {
    expect(verdicts((p) => (find(p.request, 'Name').isRequired = true))).toEqual([
      'BREAKING changed property Hello.Name [request]: breaks clients that leave it out: the server now requires it',
    ]);
    const required = doc((p) => (find(p.request, 'Name').isRequired = true));
    expect(compareModels(required, doc()).changes.map((c) => `${c.breaking} ${c.reason}`)).toEqual(['false clients may still send it']);
  });

  it('a value made nullable is fine; a nullable made a plain value breaks', () => {
    const nullable = (p: Parts) => Object.assign(find(p.request, 'Age'), { type: 'Nullable`1', genericArgs: ['Int32'] });
    expect(verdicts(nullable)).toEqual(['fine changed property Hello.Age [request]: clients may still send a value']);
    expect(compareModels(doc(nullable), doc()).changes.map((c) => `${c.breaking} ${c.reason}`)).toEqual(['true breaks clients that send null: the server now needs a value']);
  });

  it('an enum member removed breaks, one added does not', () => {
    expect(verdicts((p) => (p.modes = ['Fast']))).toEqual(['BREAKING removed enum-member Mode.Slow [request]: breaks clients that send it: the server no longer accepts it']);
    expect(verdicts((p) => p.modes.push('Auto'))).toEqual(['fine added enum-member Mode.Auto [request]: clients need not send it']);
  });

  it('a changed type breaks', () => {
    expect(verdicts((p) => Object.assign(find(p.request, 'Name'), { type: 'Int32', isValueType: true }))).toEqual([
      'BREAKING changed property Hello.Name [request]: breaks clients that send it: the server now expects Int32',
    ]);
  });
});

describe('responses (what clients read)', () => {
  it('a removed property breaks', () => {
    expect(verdicts((p) => remove(p.response, 'Note'))).toEqual(['BREAKING removed property HelloResponse.Note [response]: breaks clients that read it: the server no longer sends it']);
  });

  it('required made optional breaks, optional made required does not', () => {
    expect(verdicts((p) => (find(p.response, 'Result').isRequired = false))).toEqual([
      'BREAKING changed property HelloResponse.Result [response]: breaks clients that read it: it may now be missing (null)',
    ]);
    expect(verdicts((p) => (find(p.response, 'Note').isRequired = true))).toEqual(['fine changed property HelloResponse.Note [response]: clients now always get a value']);
  });

  it('a new property, even a required one, does not break', () => {
    expect(verdicts((p) => p.response.push(str('Extra2', { isRequired: true })))).toEqual([
      'fine added property HelloResponse.Extra2 [response]: clients ignore a property they do not know',
    ]);
  });

  it('a new enum member breaks the languages that decode enums strictly (Python, Swift), not TypeScript', () => {
    expect(verdicts((p) => p.statuses.push('Pending'))).toEqual([
      "BREAKING added enum-member Status.Pending [response]: breaks Python and Swift clients that read it: they fail to decode a value they do not know (and Swift's exhaustive switches stop compiling)",
    ]);
    expect(verdicts((p) => p.statuses.push('Pending'), { languages: [{ target: typescript, options: new Map() }] })).toEqual([
      'fine added enum-member Status.Pending [response]: clients in these languages accept a value they do not know',
    ]);
    expect(verdicts((p) => (p.statuses = ['Ok']))).toEqual(['fine removed enum-member Status.Failed [response]: clients no longer receive it']);
  });
});

describe('types both ways', () => {
  it('take the stricter verdict, with the reason of each side that breaks', () => {
    expect(verdicts((p) => (find(p.shared, 'Code').isRequired = true))).toEqual([
      'BREAKING changed property Shared.Code [both]: breaks clients that leave it out: the server now requires it',
    ]);
    expect(verdicts((p) => (find(p.shared, 'Label').isRequired = false))).toEqual([
      'BREAKING changed property Shared.Label [both]: breaks clients that read it: it may now be missing (null)',
    ]);
    expect(verdicts((p) => remove(p.shared, 'Code'))).toEqual([
      'BREAKING removed property Shared.Code [both]: breaks clients that send it: the server no longer reads it; breaks clients that read it: the server no longer sends it',
    ]);
  });
});

describe('equivalent and refined descriptions', () => {
  it('a list declared with another collection type is no change', () => {
    const list = (type: string, genericArgs?: string[]) => (p: Parts) => p.response.push({ name: 'Tags', type, namespace: 'System.Collections.Generic', ...(genericArgs ? { genericArgs } : {}) });
    expect(compareModels(doc(list('List`1', ['String'])), doc(list('String[]'))).changes).toEqual([]);
  });

  it('an array of untyped elements that a later version types is refined, not breaking', () => {
    const list = (type: string) => (p: Parts) => p.response.push({ name: 'Tags', type, namespace: 'System' });
    expect(compareModels(doc(list('Object[]')), doc(list('String[]'))).changes.map((c) => `${c.breaking} ${c.kind} ${c.name}: ${c.detail}; ${c.reason}`)).toEqual([
      'false refined HelloResponse.Tags: type refined from Object[] to String[]; the earlier metadata left the element type out: the JSON is the same',
    ]);
  });
});

describe('probable renames', () => {
  it('a property removed and one of the same shape added is one rename', () => {
    expect(verdicts((p) => (find(p.response, 'Note').name = 'Comment'))).toEqual([
      'BREAKING renamed property HelloResponse.Note [response]: breaks clients that read Note: the server now sends Comment',
    ]);
  });

  it('two candidates of the same shape are left as a removal and additions', () => {
    expect(
      verdicts((p) => {
        find(p.response, 'Note').name = 'Comment';
        p.response.push(str('Remark'));
      }),
    ).toEqual([
      'BREAKING removed property HelloResponse.Note [response]: breaks clients that read it: the server no longer sends it',
      'fine added property HelloResponse.Comment [response]: clients ignore a property they do not know',
      'fine added property HelloResponse.Remark [response]: clients ignore a property they do not know',
    ]);
  });

  it('a type renamed keeps its JSON: the references to it are no change', () => {
    expect(verdicts((p) => (p.extraName = 'Additional'))).toEqual([
      'fine renamed type Extra [response]: the JSON is the same; code that names Extra needs Additional once regenerated',
    ]);
  });
});
