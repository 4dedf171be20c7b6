import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/serve/csp.js';
import { serveViewer, type RunningServer } from '../../src/serve/server.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers, agent: false }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (c: string) => {
          body += c;
        })
        .on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail).end();
  });
}

/** A request written by hand, to send no Host header at all (HTTP/1.0). */
function rawStatus(port: number, text: string): Promise<number> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let got = '';
    socket
      .setEncoding('utf8')
      .on('data', (c: string) => {
        got += c;
      })
      .on('end', () => ok(Number(got.split(' ')[1])))
      .on('error', fail);
  });
}

/** An output folder the user `nobody` can read: the built viewer and a graph of about 4 MB. */
function servedFolder(): { viewerDir: string; graphDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'ng-serve-'));
  chmodSync(root, 0o755);
  const viewerDir = join(root, 'viewer');
  const graphDir = join(root, 'out');
  cpSync('dist/viewer', viewerDir, { recursive: true });
  mkdirSync(graphDir);
  writeFileSync(join(graphDir, 'graph.json'), JSON.stringify({ nodes: [], edges: [], padding: 'x'.repeat(4 << 20) }));
  return { viewerDir, graphDir };
}

interface Child {
  readonly url: string;
  readonly process: ChildProcess;
}

/**
 * The server in a process of its own, built from dist/, as the CLI runs it: here as `nobody`
 * (root reads any file, so EACCES needs another user) and with few file descriptors (EMFILE).
 */
function serveInChild(dirs: { viewerDir: string; graphDir: string }, fdLimit: number): Promise<Child> {
  const server = resolve('dist/serve/server.js');
  const script = `const { serveViewer } = await import(${JSON.stringify(server)});
    const s = await serveViewer({ viewerDir: ${JSON.stringify(dirs.viewerDir)}, graphDir: ${JSON.stringify(dirs.graphDir)}, port: 0, tryNextPorts: 0 });
    console.log(s.url);`;
  const child = spawn('sh', ['-c', `ulimit -n ${fdLimit} && exec node --input-type=module -e "$0"`, script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
  });
  return new Promise((ok, fail) => {
    child.stdout!.setEncoding('utf8').once('data', (line: string) => ok({ url: line.trim(), process: child }));
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
}

describe('the viewer server', () => {
  let server: RunningServer;
  let port: number;
  let dirs: { viewerDir: string; graphDir: string };

  beforeAll(async () => {
    dirs = servedFolder();
    server = await serveViewer({ ...dirs, port: 0, tryNextPorts: 0 });
    port = Number(new URL(server.url).port);
  });
  afterAll(() => server?.close());

  it('answers to the loopback names with its port, and to no other Host (DNS rebinding)', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await get(server.url, { host })).status, host).toBe(200);
    }
    for (const host of [
      `evil.example:${port}`,
      'localhost',
      `127.0.0.1:${port + 1}`,
      `localhost.evil.example:${port}`,
      `127.0.0.2:${port}`,
    ]) {
      const answer = await get(`${server.url}graph.json`, { host });
      expect(answer.status, host).toBe(403);
      expect(answer.body).not.toContain('padding');
    }
    expect(await rawStatus(port, 'GET /graph.json HTTP/1.0\r\n\r\n')).toBe(403);
  });

  it('sends its Content-Security-Policy as a header on every answer; the page carries the same policy as a <meta>', async () => {
    for (const path of ['', 'graph.json', 'missing']) {
      const answer = await get(`${server.url}${path}`);
      expect(answer.headers['content-security-policy']).toBe(CSP_HEADER);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toContain('unsafe-inline');
    const page = readFileSync(join(dirs.viewerDir, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(page)?.[1]
      .replaceAll('&#39;', "'");
    expect(meta).toBe(CSP_META);
  });

  it('answers 500 for a file it may not read (EACCES) and goes on serving', async () => {
    const folder = servedFolder();
    chmodSync(join(folder.graphDir, 'graph.json'), 0o000);
    const child = await serveInChild(folder, 1024);
    try {
      const denied = await get(`${child.url}graph.json`);
      expect(denied.status).toBe(500);
      expect(denied.body).toBe('the file could not be read');
      expect((await get(child.url)).status).toBe(200);
      expect(child.process.exitCode).toBeNull();
    } finally {
      child.process.kill();
    }
  });

  it('answers 200 or 500 to each of many requests when out of file descriptors (EMFILE), and goes on serving', async () => {
    const child = await serveInChild(servedFolder(), 48);
    try {
      const answers = await Promise.allSettled(Array.from({ length: 120 }, () => get(`${child.url}graph.json`)));
      const statuses = answers.map((a) => (a.status === 'fulfilled' ? a.value.status : 'refused'));
      expect(statuses).toContain(500);
      expect(statuses.filter((s) => s !== 200 && s !== 500 && s !== 'refused')).toEqual([]);
      await new Promise((done) => setTimeout(done, 200));
      expect(child.process.exitCode).toBeNull();
      const after = await get(`${child.url}graph.json`);
      expect(after.status).toBe(200);
      expect(after.body.length).toBeGreaterThan(4 << 20);
    } finally {
      child.process.kill();
    }
  });
});
