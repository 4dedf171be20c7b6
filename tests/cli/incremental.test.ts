import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../bench/corpus.mjs';

import { OUTPUTS, runCli as run } from '../setup/cli.js';

describe('incremental rebuilds and worker threads', () => {
  it('re-extracts only added files, and the output equals a clean one-thread build byte for byte', () => {
    const generated = join(corpus(1000), '000');
    const files = readdirSync(generated).sort().slice(0, 310);
    const input = mkdtempSync(join(tmpdir(), 'ng-incr-in-'));
    mkdirSync(join(input, 'a'));
    for (const f of files.slice(0, 300)) cpSync(join(generated, f), join(input, 'a', f));
    // A file named on the command line that cannot be read as articles is not counted as extracted on each rebuild.
    const pdf = join(input, 'notes.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const out = mkdtempSync(join(tmpdir(), 'ng-incr-out-'));
    const first = run('build', input, pdf, '--out', out, '--jobs', '2');
    expect(first.status, first.stderr).toBe(0);
    for (const f of files.slice(300)) cpSync(join(generated, f), join(input, 'a', f));
    const second = run('build', input, pdf, '--out', out, '--jobs', '2');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/cache: 301 files unchanged since the last build, 10 extracted/);

    const clean = mkdtempSync(join(tmpdir(), 'ng-incr-clean-'));
    const third = run('build', input, '--out', clean, '--jobs', '1', '--no-cache');
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).not.toMatch(/cache:/);
    for (const f of OUTPUTS)
      expect(readFileSync(join(out, f), 'utf8') === readFileSync(join(clean, f), 'utf8'), f).toBe(true);
  }, 120_000);
});
