import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli as run } from '../setup/cli.js';
const GOOD = 'Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) untuk bertemu Kim Jong Un.';

describe('bad input to newsgraph build', () => {
  it('warns once per bad file, naming it, builds the rest, counts what was skipped, and --strict exits 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-hostile-in-'));
    const w = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
    w('good.txt', GOOD);
    w('empty.txt', '');
    w('blank.txt', ' \n\t \r\n  ');
    w('scan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    w('bundle.md', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]));
    w('latin1.txt', Buffer.from([0x4a, 0x61, 0x6b, 0x61, 0x72, 0x74, 0x61, 0x20, 0xe9, 0x74, 0xe9]));
    w(
      'utf16.txt',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jakarta.', 'utf16le'),
      ]),
    );
    w('huge.txt', `Judul Panjang\n\n${'Warga Jakarta berkumpul di Monas pada pagi hari. '.repeat(420_000)}`);
    w('oneline.txt', 'kata '.repeat(1_100_000));
    w(
      'page.html',
      '<html><head><title>Kunjungan</title><script>var secretScript = 1;</script><style>p{}</style></head><body><nav>Menu Beranda</nav><article><h1>Kunjungan ke Seoul</h1><p>Menteri Luar Negeri Korea Selatan Cho Tae-yul tiba di Tokyo pada Senin (3/6/2024).</p></article></body></html>',
    );
    // Deep enough to overflow a recursive walk of the tree (it ended whole builds, outputs and all).
    w(
      'nested.html',
      `<html><body>${'<div>'.repeat(5000)}Presiden Joko Widodo tiba di Bandung pada Senin.${'</div>'.repeat(5000)}</body></html>`,
    );
    w('spans.html', `<p>Perdana Menteri Anwar Ibrahim tiba di Kuala Lumpur.</p><p>${'<span>kata '.repeat(6000)}`);
    w(
      'records.jsonl',
      '{"text": "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing."}\n{"title": "tanpa teks"}\n{"text": 42}\nnot json\n',
    );
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    symlinkSync(dir, join(dir, 'nested', 'deeper', 'loop'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    const out = join(dir, 'out');

    const r = run('build', dir, join(dir, 'no-such-file.txt'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('newsgraph: warning:'));
    for (const name of [
      'empty.txt',
      'blank.txt',
      'scan.txt',
      'bundle.md',
      'latin1.txt',
      'huge.txt',
      'oneline.txt',
      'records.jsonl',
      'loop',
      'broken.txt',
      'no-such-file.txt',
    ]) {
      expect(
        warnings.some((l) => l.includes(name)),
        `a warning names ${name}:\n${r.stderr}`,
      ).toBe(true);
    }
    for (const l of warnings) expect(l.length).toBeLessThan(300);
    expect(r.stdout).toMatch(/skipped: .*\d+ empty/);
    expect(r.stdout).toMatch(/too-large/);
    expect(r.stdout).toMatch(/invalid-record/);

    const graph = readFileSync(join(out, 'graph.json'), 'utf8');
    for (const name of ['Vladimir Putin', 'Sergey Lavrov', 'Cho Tae-yul', 'Xi Jinping', 'Joko Widodo', 'Anwar Ibrahim'])
      expect(graph, name).toContain(name);
    expect(warnings.filter((l) => /nested\.html|spans\.html/.test(l))).toEqual([]);
    expect(graph).not.toContain('secretScript');
    expect(graph).not.toContain('Menu Beranda');

    const strict = run('build', dir, '--out', out, '--strict', '--quiet');
    expect(strict.status).toBe(3);
  }, 120_000);
});
