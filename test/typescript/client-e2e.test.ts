// End to end with the real client: generated request DTOs, compiled to JavaScript, are sent by
// @servicestack/client's JsonServiceClient to a server this test runs on 127.0.0.1. The server
// sees the method, path and JSON body ServiceStack expects; the canned JSON comes back, and the
// compiler has checked that the client types it as the generated response class.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannedServer, type CannedServer } from '../support/http.js';
import { generate } from '../../src/generate.js';
import { fixture, ROOT } from '../support/paths.js';
import { typeCheck } from './support/compile.js';

/** What the generated module is driven with: every call is type-checked against the DTOs. */
const DRIVER = `
import { JsonServiceClient } from '@servicestack/client';
import * as dtos from './dtos.js';

type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

export async function run(baseUrl: string) {
    const client = new JsonServiceClient(baseUrl);

    const auth = await client.send(new dtos.Authenticate({ provider: 'credentials', userName: 'admin', password: 'p@ss', rememberMe: true }));
    const authIsTyped: Exactly<typeof auth, dtos.AuthenticateResponse> = true;

    const user = await client.send(new dtos.AdminUpdateUser({ id: 'u1', lockUser: false, addRoles: ['Manager'] }));
    const userIsTyped: Exactly<typeof user, dtos.AdminUserResponse> = true;

    const jobs = await client.send(new dtos.AdminQueryBackgroundJobs({ refId: 'r-9', take: 2 }));
    const jobsAreTyped: Exactly<typeof jobs, dtos.QueryResponse<dtos.BackgroundJob>> = true;
    const firstState: dtos.BackgroundJobState | undefined = jobs.results[0]?.state;

    return { auth, user, jobs, firstState, typed: authIsTyped && userIsTyped && jobsAreTyped };
}
`;

const RESPONSES: Readonly<Record<string, unknown>> = {
  '/api/Authenticate': { userId: '1', sessionId: 'abc', userName: 'admin', roles: ['Admin'] },
  '/api/AdminUpdateUser': { id: 'u1', result: { Roles: 'Manager' } },
  '/api/AdminQueryBackgroundJobs': { offset: 0, total: 1, results: [{ id: 7, refId: 'r-9', state: 'Completed' }] },
};


describe('generated DTOs with the real JsonServiceClient', () => {
  let server: CannedServer;
  let folder: string;

  beforeAll(async () => {
    server = await cannedServer(RESPONSES);
    // Inside the project, so that the compiled driver resolves the installed @servicestack/client.
    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    folder = mkdtempSync(path.join(ROOT, 'test-output', 'client-e2e-'));
  });

  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends each request as ServiceStack expects and returns the typed response', async () => {
    const result = await generate({ input: fixture('metadata', 'northwind-subset.json'), lang: 'typescript', date: new Date('2026-01-02T03:04:05Z') });
    expect(result.diagnostics).toEqual([]);
    const dtos = result.files.map((f) => f.content).join('');

    // The driver's type assertions must hold (the DTOs themselves are covered by compile.test.ts).
    const diagnostics = typeCheck({ 'dtos.ts': dtos, 'driver.ts': DRIVER }).filter((d) => d.file === 'driver.ts');
    expect(diagnostics).toEqual([]);

    for (const [name, source] of [['dtos', dtos], ['driver', DRIVER]] as const) {
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      writeFileSync(path.join(folder, `${name}.js`), js);
    }
    writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n');
    const driver = (await import(pathToFileURL(path.join(folder, 'driver.js')).href)) as { run: (url: string) => Promise<Record<string, unknown>> };
    const outcome = await driver.run(server.baseUrl);

    expect(server.received.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /api/Authenticate',
      'PUT /api/AdminUpdateUser',
      // Class fields are defined base first, so the query string follows the declarations' order.
      'GET /api/AdminQueryBackgroundJobs?take=2&refId=r-9',
    ]);
    expect(server.received[0]?.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({ provider: 'credentials', userName: 'admin', password: 'p@ss', rememberMe: true });
    expect(JSON.parse(server.received[1]?.body ?? '')).toEqual({ id: 'u1', lockUser: false, addRoles: ['Manager'] });
    expect(server.received[2]?.body).toBe('');

    expect(outcome).toEqual({
      auth: RESPONSES['/api/Authenticate'],
      user: RESPONSES['/api/AdminUpdateUser'],
      jobs: RESPONSES['/api/AdminQueryBackgroundJobs'],
      firstState: 'Completed',
      typed: true,
    });
  });
});
