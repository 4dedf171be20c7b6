/** What `newsgraph build` is given and what it prints: its own outputs are not inputs, names cannot forge lines, a file is no --out. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../setup/cli.js';

const GOOD = 'Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) untuk bertemu Kim Jong Un.';
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `ng-${name}-`));

describe('newsgraph build', () => {
  it('run on the folder that holds its outputs, does not read them back', () => {
    const dir = fresh('self');
    writeFileSync(join(dir, 'berita.txt'), GOOD);
    const inHere = (...args: string[]) =>
      spawnSync(process.execPath, [join(process.cwd(), BIN), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, DEBUG: '' },
      });
    for (const out of ['out', '.']) {
      for (let i = 0; i < 2; i++) {
        const r = inHere('build', '.', '--out', out);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(/^1 articles from 1 files/);
      }
    }
  });

  it('refuses an --out that is a file, in one line with exit code 2', () => {
    const dir = fresh('out-file');
    writeFileSync(join(dir, 'berita.txt'), GOOD);
    writeFileSync(join(dir, 'hasil'), 'a file');
    const r = runCli('build', dir, '--out', join(dir, 'hasil'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`newsgraph: --out ${join(dir, 'hasil')} is a file, not a folder\n`);
    const under = runCli('build', dir, '--out', join(dir, 'hasil', 'dalam'));
    expect(under.status).toBe(2);
    expect(under.stderr).toBe(
      `newsgraph: --out ${join(dir, 'hasil', 'dalam')} cannot be made (part of the path is a file)\n`,
    );
  });

  it('prints control characters in file names escaped: a name cannot forge a line or drive the terminal', () => {
    const dir = fresh('names');
    writeFileSync(join(dir, 'berita.txt'), GOOD);
    const forged = "a\nnewsgraph: warning: forged.txt: this line is not the build's.txt";
    const escapes = 'judul \u001b]0;pwned\u0007\u001b[2J\u001b]52;c;cGF5bG9hZA==\u0007\u202e.txt';
    writeFileSync(join(dir, forged), '');
    mkdirSync(join(dir, 'sub\rfolder'));
    writeFileSync(join(dir, 'sub\rfolder', escapes), '');
    expect(readdirSync(dir)).toHaveLength(3);
    const r = runCli('build', dir, '--out', join(dir, 'out'));
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([
      "newsgraph: warning: a\\nnewsgraph: warning: forged.txt: this line is not the build's.txt: file is empty",
      'newsgraph: warning: sub\\rfolder/judul \\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;cGF5bG9hZA==\\x07\\u202e.txt: file is empty',
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });
});
