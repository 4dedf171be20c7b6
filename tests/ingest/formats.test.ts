import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { parseArticles } from '../../src/ingest/formats.js';
import { listInputs, readArticles } from '../../src/ingest/read.js';

describe('article formats', () => {
  it('reads HTML through a parser, dropping scripts, styles and navigation', () => {
    const html = `<html><head><title>Judul</title><meta property="og:site_name" content="Kompas.com">
      <meta property="article:published_time" content="2024-06-19T10:00:00+07:00"><style>p{color:red}</style></head>
      <body><nav>Beranda | Dunia</nav><h1>Putin tiba di Pyongyang</h1><script>alert("x")</script>
      <article><p>Presiden Rusia Vladimir Putin tiba di Pyongyang.</p><p>Ia disambut Kim Jong Un &amp; pejabat.</p></article>
      <footer>Hak cipta</footer></body></html>`;
    const [a] = parseArticles(html, 'a.html').articles;
    expect(a.title).toBe('Putin tiba di Pyongyang');
    expect(a.publisher).toBe('Kompas.com');
    expect(a.published).toBe('2024-06-19T10:00:00+07:00');
    expect(a.text).toBe('Presiden Rusia Vladimir Putin tiba di Pyongyang.\n\nIa disambut Kim Jong Un & pejabat.');
  });

  it('reads deeply nested HTML without overflowing the stack', () => {
    const nested = `<html><body>${'<div>'.repeat(5000)}Presiden Joko Widodo tiba di Bandung.${'</div>'.repeat(5000)}</body></html>`;
    expect(parseArticles(nested, 'nested.html').articles[0].text).toBe('Presiden Joko Widodo tiba di Bandung.');
    const unclosed = `<h1>${'<b>'.repeat(3000)}Judul</h1><p>${'<span>kata '.repeat(6000)}`;
    const [a] = parseArticles(unclosed, 'unclosed.html').articles;
    expect(a.title).toBe('Judul');
    expect(a.text).toBe(Array(6000).fill('kata').join(' '));
    const deeper = `${'<div><i>'.repeat(100_000)}Dalam.`;
    expect(parseArticles(deeper, 'deeper.html').articles[0].text).toBe('Dalam.');
  });

  it('reads Markdown: the first heading is the title, markup is dropped', () => {
    const [a] = parseArticles('# Kim ke Rusia\n\nKim **tiba** di [Vladivostok](http://x).\n\n![foto](a.png)', 'a.md').articles;
    expect(a.title).toBe('Kim ke Rusia');
    expect(a.text.trim()).toBe('Kim tiba di Vladivostok.');
  });

  it('reads JSON and JSON Lines records and reports bad ones', () => {
    const json = parseArticles(JSON.stringify([{ id: 7, title: 'T', text: 'Isi.', publisher: 'ANTARA' }, { title: 'tanpa teks' }]), 'r.json');
    expect(json.articles).toEqual([{ id: 'r.json#7', file: 'r.json#7', title: 'T', text: 'Isi.', publisher: 'ANTARA' }]);
    expect(json.warnings.map((w) => w.message)).toEqual(['record 2 has no "text" string']);
    const lines = parseArticles('{"text":"Satu."}\n\n{"text":"Dua.","published":20240619}\nnot json', 'r.jsonl');
    // A bad line costs that line only.
    expect(lines.articles.map((a) => a.text)).toEqual(['Satu.']);
    const messages = lines.warnings.map((w) => w.message);
    expect(messages).toContain('line 3: "published" must be a string');
    expect(messages.some((m) => /^line 4 is not valid JSON/.test(m))).toBe(true);
    const ok = parseArticles('{"text":"Satu."}\n{"text":"Dua.","published":20240619}\n', 'r.jsonl');
    expect(ok.articles.map((a) => a.text)).toEqual(['Satu.']);
    expect(ok.warnings[0].message).toBe('line 2: "published" must be a string');
  });

  it('refuses JSON nested far deeper than records, before parsing it', () => {
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    expect(parseArticles(deep, 'r.json').warnings.map((w) => w.message)).toEqual(['nested deeper than 64 levels: not article records']);
    const lines = parseArticles(`{"text":"Satu."}\n${deep}\n{"text":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[ bukan kurung."}`, 'r.jsonl');
    expect(lines.articles.map((a) => a.text)).toEqual(['Satu.', `${'['.repeat(73)}"[ bukan kurung.`]);
    expect(lines.warnings.map((w) => w.message)).toEqual(['line 2 is nested deeper than 64 levels: not article records']);
  });
});

describe('decoding', () => {
  it('accepts UTF-8 with BOM and UTF-16 with BOM, refuses binary and broken UTF-8', () => {
    expect(decode(Buffer.from('\uFEFFhalo', 'utf8'))).toEqual({ text: 'halo' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('halo', 'utf16le')]))).toMatchObject({ text: 'halo' });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toMatchObject({ reason: 'binary' });
    expect(decode(Buffer.from([0x68, 0xc3, 0x28]))).toMatchObject({ reason: 'encoding' });
  });
});

describe('walking inputs', () => {
  it('reads folders recursively in sorted order, skips what it cannot use, survives a symlink loop', () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-in-'));
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'b', 'c', '2.txt'), 'Dua.');
    writeFileSync(join(root, '1.txt'), 'Satu.');
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(join(root, 'blank.md'), '  \n\t\n');
    writeFileSync(join(root, 'image.png'), Buffer.from([0x89, 0x50]));
    symlinkSync(root, join(root, 'b', 'loop'));
    const { files, warnings } = listInputs([root, join(root, 'missing.txt')]);
    expect(files.map((f) => f.rel)).toEqual(['1.txt', 'b/c/2.txt', 'blank.md', 'empty.txt']);
    expect(warnings.map((w) => w.reason).sort()).toEqual(['missing', 'symlink-loop']);
    expect(files.map((f) => readArticles(f).warnings.map((w) => w.reason)).flat()).toEqual(['empty', 'empty']);
  });
});
