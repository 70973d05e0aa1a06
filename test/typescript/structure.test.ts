// Generated classes are ServiceStack's, declaration for declaration: a metadata document written
// for a handful of the types of a real server (fixtures/metadata/northwind-subset.json) generates
// exactly the declarations ServiceStack 8.91 wrote for them in that server's dtos.ts.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { CORPUS, fixture, HAS_CORPUS } from '../support/paths.js';
import { declarationText } from './support/declarations.js';

const DECLARATIONS = [
  // marker interfaces
  'IReturn', 'IReturnVoid', 'IHasSessionId', 'IGet', 'IPut',
  // a request with routes, a description, [Api] and [DataContract]
  'Authenticate',
  // responses
  'AuthenticateResponse', 'AdminUserResponse', 'ResponseStatus',
  // an enum
  'BackgroundJobState',
  // a generic QueryDb request, its bases and its generic response
  'AdminQueryBackgroundJobs', 'QueryDb', 'QueryBase', 'QueryResponse',
  // subclasses: a request over a base with [DataMember]s, and a type over an abstract base
  'AdminUpdateUser', 'AdminUserBase', 'BackgroundJob', 'BackgroundJobBase',
];

describe.skipIf(!HAS_CORPUS)('TypeScript declarations match ServiceStack 8.91 (northwind-auto dtos.ts)', async () => {
  const expected = HAS_CORPUS ? readFileSync(path.join(CORPUS, 'northwind-auto-8.91', 'dtos.ts'), 'utf8') : '';
  const result = await generate({ input: fixture('metadata', 'northwind-subset.json'), lang: 'typescript', date: new Date('2025-11-06T11:47:32Z') });
  const generated = result.files.map((f) => f.content).join('');

  it('generates without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it.each(DECLARATIONS)('%s', (name) => {
    expect(declarationText(generated, name)).toBe(declarationText(expected, name));
  });

  it("declares the types in ServiceStack's order", () => {
    const names = (text: string) => [...text.matchAll(/^export (?:class|interface|enum) (\w+)/gm)].map((m) => m[1]);
    const ours = names(generated);
    expect(ours).toHaveLength(22);
    expect(ours).toEqual(names(expected).filter((n) => ours.includes(n)));
  });

  it('writes the same Options header, given the same date and server', () => {
    const header = (text: string) => text.slice(0, text.indexOf('*/') + 2);
    expect(header(generated)).toBe(header(expected));
  });
});
