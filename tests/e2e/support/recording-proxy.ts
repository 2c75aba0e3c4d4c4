import { createServer } from 'node:http';

/** A proxy that refuses every request and remembers it. */
export interface RecordingProxy {
  /** `host:port` to give a browser as its HTTP and HTTPS proxy. */
  address: string;
  /** Every request's target, e.g. `GET http://example.com/x` or `CONNECT example.com:443`. */
  readonly seen: string[];
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 that answers every request, plain or CONNECT, with 502 and
 * records it: the same dead end as the suite's usual dead proxy, but one that tells which
 * non-loopback requests the browser tried to make.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no proxy address');
  return {
    address: `127.0.0.1:${address.port}`,
    seen,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
