// Structure against ServiceStack's own output: test/fixtures/test-servicestack-types.json describes some of
// test.servicestack.net's types (requests with routes, markers and verbs, responses, enums, generics,
// subclasses, protocols, attributes), and each class dtogen writes for it must equal, character for
// character, the same class in the Swift file ServiceStack generated for that server.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { CORPUS, HAS_CORPUS } from '../support/paths.js';
import { declarationText, declaredNames } from './declarations.js';

const REAL = path.join(CORPUS, 'test.servicestack.net', 'Test.dtos.8.41.2024-11-25.swift');
const INPUT = fileURLToPath(new URL('../fixtures/test-servicestack-types.json', import.meta.url));

const EXPECTED = [
  'QueryItems', 'Hello', 'HelloGet', 'HelloReturnVoid', 'EnumRequest', 'HelloWithDataContract', 'AllowedAttributes',
  'AllTypes', 'HelloWithInheritance', 'HelloResponse', 'HelloVerbResponse', 'EnumResponse', 'HelloWithDataContractResponse',
  'HelloResponseBase', 'HelloWithInheritanceResponse', 'ScopeType', 'EnumFlags', 'EnumType', 'KeyValuePair', 'SubType',
  'HelloBase', 'HelloBase_1', 'Poco', 'Item', 'IPoco', 'IEmptyInterface', 'EmptyClass', 'HelloWithGenericInheritance',
  'HelloInterface',
];

describe.skipIf(!HAS_CORPUS)("Swift classes equal ServiceStack's for test.servicestack.net", async () => {
  // That file came from a build that initialised every collection (`= []`) whatever its header
  // says (InitializeCollections: False); the option reproduces it.
  const { files, diagnostics } = await generate({ input: INPUT, lang: 'swift', options: { InitializeCollections: true } });
  const generated = files.map((f) => f.content).join('');
  const real = HAS_CORPUS ? readFileSync(REAL, 'utf8') : '';

  it('declares exactly the described types, requests first, then responses, then the rest', () => {
    expect(diagnostics).toEqual([]);
    expect(declaredNames(generated)).toEqual(EXPECTED);
  });

  it.each(EXPECTED)('%s', (name) => {
    expect(declarationText(generated, name)).toBe(declarationText(real, name));
  });
});
