// A forward proxy for tests, on 127.0.0.1: absolute-URI requests (http) and CONNECT tunnels
// (https), each to the local port its host name is mapped to, so that a made-up host
// (`api.example.test`) is reachable only through the proxy.

import { createServer, request as forward } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface TestProxy {
  url: string;
  /** `GET http://host/path`, `CONNECT host:443`: what the proxy was asked, in order. */
  seen: string[];
  /** The Proxy-Authorization header of each of them. */
  credentials: (string | undefined)[];
  close(): Promise<void>;
}

export async function forwardingProxy(hosts: Readonly<Record<string, () => number>>): Promise<TestProxy> {
  const seen: string[] = [];
  const credentials: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    credentials.push(request.headers['proxy-authorization']);
    const target = new URL(request.url ?? '/');
    const port = hosts[target.hostname];
    if (!port) {
      response.writeHead(502).end();
      return;
    }
    const upstream = forward({ host: '127.0.0.1', port: port(), path: `${target.pathname}${target.search}`, method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connect', (request, socket, head) => {
    seen.push(`CONNECT ${request.url}`);
    credentials.push(request.headers['proxy-authorization']);
    const host = (request.url ?? '').replace(/:\d+$/, '');
    const port = hosts[host];
    if (!port) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(port(), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  // Tunnels leave the server's keeping once connected: every socket is closed with it.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    credentials,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
