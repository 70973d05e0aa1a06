// Small pieces for tests that run a local HTTP server on 127.0.0.1.

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One request as the server saw it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}

export interface CannedServer {
  baseUrl: string;
  /** Every request so far, in arrival order. */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A ServiceStack-like JSON server: a path in `responses` answers 200 with its JSON, a path in
 * `noContent` answers 204, any other path 404 with a ResponseStatus body.
 */
export async function cannedServer(responses: Readonly<Record<string, unknown>>, noContent: readonly string[] = []): Promise<CannedServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ method: request.method ?? '', url: request.url ?? '', contentType: request.headers['content-type'], body });
      const route = (request.url ?? '').split('?')[0] ?? '';
      if (noContent.includes(route)) {
        response.writeHead(204);
        response.end();
        return;
      }
      const canned = responses[route];
      response.writeHead(canned ? 200 : 404, { 'Content-Type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(canned ?? { responseStatus: { errorCode: 'NotFound' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
