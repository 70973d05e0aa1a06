// Kotlin's `override`: a property a supertype already declares, through base classes and
// interfaces; found without walking each class's base chain, so any depth of chain generates.

import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { loadText } from '../../src/loaders/index.js';
import { inheritanceChain } from '../support/chain.js';

const ref = (name: string) => ({ name, namespace: 'App' });
const prop = (name: string, type = 'String') => ({ name, type, namespace: 'System' });

const DOCUMENT = {
  api: {
    types: [
      { name: 'IHas', namespace: 'App', isInterface: true, properties: [prop('Id', 'Int32')] },
      { name: 'Base', namespace: 'App', properties: [prop('Name')] },
      { name: 'Mid', namespace: 'App', inherits: ref('Base'), implements: [ref('IHas')], properties: [prop('Id', 'Int32'), prop('Name'), prop('Extra')] },
      { name: 'Top', namespace: 'App', inherits: ref('Mid'), properties: [prop('Extra'), prop('Other'), prop('Id', 'Int32')] },
      { name: 'ViaClass', namespace: 'App', implements: [ref('Mid')], properties: [prop('Name'), prop('Extra'), prop('Id', 'Int32')] },
    ],
    operations: [{ request: ref('Top') }, { request: ref('ViaClass') }],
  },
};

async function kotlin(text: string): Promise<string> {
  const { model } = loadText(text, 'model.json');
  const result = await generate({ model: model!, lang: 'kotlin', date: new Date(0) });
  expect(result.diagnostics).toEqual([]);
  return result.files[0]!.content;
}

describe('kotlin override', () => {
  it('marks what a base class or an interface declares, and not what a class reached only as an implemented type declares', async () => {
    const lines = (await kotlin(JSON.stringify(DOCUMENT))).split('\n').filter((l) => /^(open class|interface) |^ {4}(open |override )?var /.test(l));
    expect(lines).toEqual([
      'open class Top : Mid()',
      '    override var extra:String? = null',
      '    open var other:String? = null',
      '    override var id:Int? = null',
      'open class ViaClass : Mid',
      '    override var name:String? = null',
      '    open var extra:String? = null',
      '    override var id:Int? = null',
      'interface IHas',
      '    var id:Int?',
      'open class Base',
      '    open var name:String? = null',
      'open class Mid : Base(), IHas',
      '    override var id:Int? = null',
      '    override var name:String? = null',
      '    open var extra:String? = null',
    ]);
  });

  it('a chain of 200,000 classes generates', { timeout: 120_000 }, async () => {
    const kt = await kotlin(inheritanceChain(200_000));
    expect(kt).toContain('open class T0 : T1()\n');
    expect(kt).toContain('open class T199999\n');
  });
});
