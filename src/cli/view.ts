/** `newsgraph view [dir]`: serves the viewer over an output folder until stopped. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveViewer } from '../serve/server.js';
import { UserError } from './exit-codes.js';
import { checkGraph } from './files.js';
import { PACKAGE_ROOT } from './paths.js';

export const VIEWER_DIR = join(PACKAGE_ROOT, 'dist', 'viewer');

export async function runView(dir: string, o: { port: number }): Promise<void> {
  if (!existsSync(join(VIEWER_DIR, 'index.html'))) throw new UserError('the viewer is not built: run npm run build');
  const graphFile = join(dir, 'graph.json');
  if (!existsSync(graphFile))
    throw new UserError(`no graph.json in ${dir}: build one with npx newsgraph build <articles> --out ${dir}`);
  // A graph from someone else is refused before it is served (the viewer checks what it opens again).
  await checkGraph(graphFile);
  const server = await serveViewer({ viewerDir: VIEWER_DIR, graphDir: dir, port: o.port, tryNextPorts: 20 });
  process.stdout.write(`newsgraph viewer: ${server.url}  (serving ${graphFile}; Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      void server.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
