import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static file server on 127.0.0.1 (random port) for fixture pages. */
export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1. `routes` add generated pages (path -> HTML, or a script for a
 * path ending in .js) beside the files.
 * Paths escaping `root` are 404s.
 */
export async function serveFixtures(
  root: string,
  routes: Record<string, () => string> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[pathname];
    if (route) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(pathname)] ?? TYPES['.html'] });
      res.end(route());
      return;
    }
    const file = path.join(root, pathname);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
