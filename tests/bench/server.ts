import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { sniffCharset } from './pages/charset';

/** A static server on 127.0.0.1 for benchmark pages. */
export interface BenchServer {
  url(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (path -> HTML, generated in memory) and, under `/real/`, the files of
 * `folder` as bytes with the charset their markup declares (so Shift_JIS or gb2312 pages
 * decode as they would on the web). Unknown paths are 404s.
 */
export async function serveBenchPages(
  routes: ReadonlyMap<string, string>,
  folder?: string,
): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const html = routes.get(pathname);
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    if (folder && pathname.startsWith('/real/')) {
      const file = path.join(folder, path.basename(pathname));
      try {
        const bytes = readFileSync(file);
        const type = `text/html; charset=${sniffCharset(bytes)}`;
        res.writeHead(200, { 'content-type': type }).end(bytes);
        return;
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (pathname) => new URL(pathname, origin).href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
