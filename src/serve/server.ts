/**
 * Serves the built viewer and one output folder's graph files on 127.0.0.1: the viewer's
 * files at `/`, and `/graph.json` / `/graph.gexf` from the output folder. Nothing outside
 * those two folders can be reached.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface ViewServerOptions {
  readonly viewerDir: string;
  readonly graphDir: string;
  readonly port: number;
  /** Try the next ports when the given one is taken. */
  readonly tryNextPorts: number;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.gexf': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
};
const GRAPH_FILES = new Set(['/graph.json', '/graph.gexf']);

/** The file a URL path names inside `root`, or undefined when it would leave it. */
function inside(root: string, urlPath: string): string | undefined {
  const file = resolve(root, `.${normalize(decodeURIComponent(urlPath))}`);
  return file === resolve(root) || file.startsWith(resolve(root) + sep) ? file : undefined;
}

function handler(o: ViewServerOptions) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file: string | undefined;
    try {
      file = GRAPH_FILES.has(path) ? join(o.graphDir, path.slice(1)) : inside(o.viewerDir, path === '/' ? '/index.html' : path);
    } catch {
      file = undefined;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
    if (!file || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': GRAPH_FILES.has(path) ? 'no-store' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(file).pipe(res);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok((server.address() as AddressInfo).port);
    });
  });
}

export async function serveViewer(o: ViewServerOptions): Promise<RunningServer> {
  const server = createServer(handler(o));
  for (let i = 0; ; i++) {
    try {
      const port = await listen(server, o.port === 0 ? 0 : o.port + i);
      return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || i >= o.tryNextPorts) throw e;
    }
  }
}
