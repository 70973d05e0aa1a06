// End to end with the real client: the generated module, imported by Node as it is (no build
// step), gives @servicestack/client's JsonServiceClient the request DTOs it sends to a server this
// test runs on 127.0.0.1. The server sees the method, path, query and JSON body ServiceStack
// expects, and the canned JSON comes back to the caller.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { cannedServer, type CannedServer } from '../support/http.js';
import { ROOT } from '../support/paths.js';

const DRIVER = `
import { JsonServiceClient } from '@servicestack/client';
import * as dtos from './dtos.mjs';

export async function run(baseUrl) {
    const client = new JsonServiceClient(baseUrl);
    const hello = await client.send(new dtos.Hello({ name: 'World' }));
    const created = await client.send(new dtos.CreateBooking({ name: 'Ann', roomType: dtos.RoomType.Queen, roomNumber: 12, cost: 99.5, bookingStartDate: '2026-01-02' }));
    const bookings = await client.send(new dtos.QueryBookings({ id: 7, take: 2 }));
    await client.send(new dtos.DeleteBooking({ id: 7 }));
    const request = new dtos.QueryBookings({ take: 1 });
    return {
        hello, created, bookings,
        // What the module itself declares: the request's wire name, verb and empty response.
        typeName: request.getTypeName(), method: request.getMethod(), response: request.createResponse() instanceof dtos.QueryResponse,
        booking: new dtos.Booking({ id: 1, createdBy: 'me' }) instanceof dtos.AuditBase,
        enumValue: dtos.ResponseFormat.JsonObject,
    };
}
`;

const RESPONSES: Readonly<Record<string, unknown>> = {
  '/api/Hello': { result: 'Hello, World!' },
  '/api/CreateBooking': { id: '42' },
  '/api/QueryBookings': { offset: 0, total: 1, results: [{ id: 7, name: 'Ann', roomType: 'Queen' }] },
};

describe('generated JavaScript modules with the real JsonServiceClient', () => {
  let server: CannedServer;
  let folder: string;

  beforeAll(async () => {
    server = await cannedServer(RESPONSES, ['/api/DeleteBooking']);
    // Inside the project, so that the driver resolves the installed @servicestack/client.
    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    folder = mkdtempSync(path.join(ROOT, 'test-output', 'mjs-e2e-'));
  });

  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends each request as ServiceStack expects and returns the response', async () => {
    const result = await generate({ input: path.join(ROOT, 'test', 'mjs', 'fixtures', 'get-dtos-subset.json'), lang: 'mjs', date: new Date('2026-01-02T03:04:05Z') });
    expect(result.diagnostics).toEqual([]);
    writeFileSync(path.join(folder, 'dtos.mjs'), result.files.map((f) => f.content).join(''));
    writeFileSync(path.join(folder, 'driver.mjs'), DRIVER);
    const driver = (await import(pathToFileURL(path.join(folder, 'driver.mjs')).href)) as { run: (url: string) => Promise<Record<string, unknown>> };
    const outcome = await driver.run(server.baseUrl);

    expect(server.received.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'GET /api/Hello?name=World',
      'POST /api/CreateBooking',
      // Class fields are defined in declaration order, the base's first.
      'GET /api/QueryBookings?take=2&id=7',
      'DELETE /api/DeleteBooking?id=7',
    ]);
    expect(server.received[1]?.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(server.received[1]?.body ?? '')).toEqual({ name: 'Ann', roomType: 'Queen', roomNumber: 12, cost: 99.5, bookingStartDate: '2026-01-02' });
    expect(server.received[2]?.body).toBe('');

    expect(outcome).toEqual({
      hello: RESPONSES['/api/Hello'],
      created: RESPONSES['/api/CreateBooking'],
      bookings: RESPONSES['/api/QueryBookings'],
      typeName: 'QueryBookings',
      method: 'GET',
      response: true,
      booking: true,
      enumValue: 'json_object',
    });
  });
});
