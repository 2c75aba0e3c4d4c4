import { createServer, type IncomingMessage } from 'node:http';

/** One response of a LoggedServer. */
export interface Reply {
  body: string | Uint8Array;
  /** Content-Type; default `text/html; charset=utf-8`. */
  type?: string;
  /** Extra headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  status?: number;
}

/** Answers a request path (decoded, without query) or returns undefined for a 404. */
export type Resolver = (pathname: string, request: IncomingMessage) => Reply | undefined;

/** A request the server received. */
export interface LoggedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingMessage['headers'];
}

/** An HTTP server on 127.0.0.1 that records every request it receives. */
export interface LoggedServer {
  origin: string;
  url(pathname: string): string;
  /** Every request received so far, in arrival order (the array grows in place). */
  readonly requests: LoggedRequest[];
  close(): Promise<void>;
}

/**
 * Serves whatever `resolve` answers on 127.0.0.1 (random port) and logs each request,
 * 404s included. Unlike serveFixtures it sets any headers and charset, and sends bytes.
 */
export async function serveLogged(resolve: Resolver): Promise<LoggedServer> {
  const requests: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const reply = resolve(pathname, req);
    if (!reply) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(reply.status ?? 200, {
      'content-type': reply.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...reply.headers,
    });
    res.end(reply.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
