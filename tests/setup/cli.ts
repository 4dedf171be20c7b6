/** The CLI as a user runs it, for the tests that drive it from outside. */
import { spawnSync } from 'node:child_process';

export const BIN = 'bin/newsgraph.js';
/** What `newsgraph build` writes. */
export const OUTPUTS = ['graph.json', 'graph.gexf', 'import.cypher'] as const;

/** Runs the CLI with these extra environment variables; DEBUG is cleared so a mistake shows as the user sees it. */
export const cliWith =
  (env: NodeJS.ProcessEnv = {}) =>
  (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      env: { ...process.env, DEBUG: '', ...env },
    });

export const runCli = cliWith();
