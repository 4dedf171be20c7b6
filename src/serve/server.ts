/**
 * Serves the built viewer and one output folder's graph files on 127.0.0.1: the viewer's
 * files at `/`, and `/graph.json` / `/graph.gexf` from the output folder. Nothing outside
 * those two folders can be reached.
 *
 * - Only requests naming this server by a loopback name and its port are answered: a page of
 *   another site whose name was re-pointed at 127.0.0.1 (DNS rebinding) sends its own Host.
 * - A file that cannot be read (EACCES, EMFILE when many requests are open) gets a 500 for
 *   that request; the server goes on serving.
 * - The Content-Security-Policy goes out as a header on every answer.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CSP_HEADER } from './csp.js';

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
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const GRAPH_FILES = new Set(['/graph.json', '/graph.gexf']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

const SECURITY_HEADERS = {
  'content-security-policy': CSP_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** The file a URL path names inside `root`, or undefined when it would leave it. */
function inside(root: string, urlPath: string): string | undefined {
  const file = resolve(root, `.${normalize(decodeURIComponent(urlPath))}`);
  return file === resolve(root) || file.startsWith(resolve(root) + sep) ? file : undefined;
}

function fileFor(o: ViewServerOptions, path: string): string | undefined {
  try {
    return GRAPH_FILES.has(path)
      ? join(o.graphDir, path.slice(1))
      : inside(o.viewerDir, path === '/' ? '/index.html' : path);
  } catch {
    return undefined; // a malformed %-escape
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** Opens a regular file; undefined when there is none, an error when it cannot be read. */
async function openFile(file: string): Promise<FileHandle | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw e;
  }
  if (
    (
      await handle.stat().catch(async (e: unknown) => {
        await handle.close();
        throw e;
      })
    ).isFile()
  )
    return handle;
  await handle.close();
  return undefined;
}

async function answer(
  o: ViewServerOptions,
  port: () => number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const hosts = LOOPBACK_NAMES.map((name) => `${name}:${port()}`);
  if (!hosts.includes((req.headers.host ?? '').toLowerCase())) {
    plain(res, 403, 'this server answers only to 127.0.0.1, localhost or [::1] with its port');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
    return;
  }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = fileFor(o, path);
  const handle = file === undefined ? undefined : await openFile(file);
  if (!handle) {
    plain(res, 404, 'not found');
    return;
  }
  try {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(file!)] ?? 'application/octet-stream',
      'cache-control': GRAPH_FILES.has(path) ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else await pipeline(handle.createReadStream({ autoClose: false }), res);
  } finally {
    await handle.close();
  }
}

function handler(o: ViewServerOptions, port: () => number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    answer(o, port, req, res).catch(() => {
      // Before the answer started: say so. After: the client sees a cut answer, nothing more can be said.
      if (!res.headersSent) plain(res, 500, 'the file could not be read');
      else res.destroy();
    });
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
  let bound = 0;
  const server = createServer(handler(o, () => bound));
  for (let i = 0; ; i++) {
    try {
      bound = await listen(server, o.port === 0 ? 0 : o.port + i);
      return {
        url: `http://127.0.0.1:${bound}/`,
        close: () =>
          new Promise((ok) => {
            server.close(() => ok());
            server.closeAllConnections();
          }),
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || i >= o.tryNextPorts) throw e;
    }
  }
}
