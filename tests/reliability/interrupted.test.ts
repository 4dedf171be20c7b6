import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../bench/corpus.mjs';
import { BIN, OUTPUTS, runCli } from '../setup/cli.js';

const read = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('an interrupted build', () => {
  it('leaves the outputs whole and as a set: the previous ones or the new ones, never half-written, never a mix', async () => {
    const input = corpus(1000);
    const out = mkdtempSync(join(tmpdir(), 'ng-kill-'));
    expect(runCli('build', 'seeds', '--out', out, '-q').status).toBe(0);
    const before = read(out);
    const reference = mkdtempSync(join(tmpdir(), 'ng-kill-ref-'));
    const t0 = Date.now();
    expect(runCli('build', input, '--out', reference, '-q', '--no-cache').status).toBe(0);
    const full = Date.now() - t0;
    const after = read(reference);

    const outcomes: string[] = [];
    for (const fraction of [0.25, 0.6, 0.85, 0.95]) {
      const child = spawn(process.execPath, [BIN, 'build', input, '--out', out, '-q', '--no-cache'], {
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, full * fraction));
      child.kill('SIGKILL');
      await exited;
      const now = read(out);
      for (const f of OUTPUTS) {
        expect([before[f], after[f]].includes(now[f]), `${f} after a kill at ${fraction} of a run`).toBe(true);
        outcomes.push(now[f] === before[f] ? 'old' : 'new');
      }
      // And the outputs are one set: all the previous ones or all the new ones.
      expect(new Set(outcomes.slice(-OUTPUTS.length)).size, `outputs after a kill at ${fraction} of a run`).toBe(1);
      // Later kills may find the new outputs in place; they must stay whole all the same.
      Object.assign(before, now);
    }
    console.log(`kills at 25/60/85/95% of a ${full} ms build: ${outcomes.join(' ')}`);
  }, 180_000);
});
