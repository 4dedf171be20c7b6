import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';
import { parseArticles } from '../../src/ingest/formats.js';
import { DEFAULT_READ_LIMITS, listInputs, readArticles, readInputBytes } from '../../src/ingest/read.js';

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

  it.each([
    [
      '<meta name="pubdate" content="2024-06-19 10:00:00"><meta name="publisher" content="Tempo.co">',
      '2024-06-19 10:00:00',
      'Tempo.co',
    ],
    [
      '<meta itemprop="datePublished" content="2024-06-19"><meta name="dc.publisher" content="ANTARA">',
      '2024-06-19',
      'ANTARA',
    ],
    ['<meta name="content_PublishedDate" content="2024/06/19 10:00:00">', '2024/06/19 10:00:00', undefined],
    [
      '<meta property="article:published_time" content="2024-06-19"><meta name="pubdate" content="2020-01-01">',
      '2024-06-19',
      undefined,
    ],
  ])(
    'reads the publication date and outlet of a page from the meta tags outlets use: %s',
    (head, published, publisher) => {
      const [a] = parseArticles(`<html><head>${head}</head><body><p>Isi berita.</p></body></html>`, 'a.html').articles;
      expect(a.published).toBe(published);
      expect(a.publisher).toBe(publisher);
    },
  );

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
    const [a] = parseArticles(
      '# Kim ke Rusia\n\nKim **tiba** di [Vladivostok](http://x).\n\n![foto](a.png)',
      'a.md',
    ).articles;
    expect(a.title).toBe('Kim ke Rusia');
    expect(a.text.trim()).toBe('Kim tiba di Vladivostok.');
  });

  it('reads JSON and JSON Lines records and reports bad ones', () => {
    const json = parseArticles(
      JSON.stringify([{ id: 7, title: 'T', text: 'Isi.', publisher: 'ANTARA' }, { title: 'tanpa teks' }]),
      'r.json',
    );
    expect(json.articles).toEqual([
      { id: 'r.json#7', file: 'r.json#7', title: 'T', text: 'Isi.', publisher: 'ANTARA' },
    ]);
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
    expect(parseArticles(deep, 'r.json').warnings.map((w) => w.message)).toEqual([
      'nested deeper than 64 levels: not article records',
    ]);
    const lines = parseArticles(
      `{"text":"Satu."}\n${deep}\n{"text":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[ bukan kurung."}`,
      'r.jsonl',
    );
    expect(lines.articles.map((a) => a.text)).toEqual(['Satu.', `${'['.repeat(73)}"[ bukan kurung.`]);
    expect(lines.warnings.map((w) => w.message)).toEqual([
      'line 2 is nested deeper than 64 levels: not article records',
    ]);
  });
});

describe('decoding', () => {
  it('accepts UTF-8 with BOM and UTF-16 with BOM, refuses binary and broken UTF-8', () => {
    expect(decode(Buffer.from('\uFEFFhalo', 'utf8'))).toEqual({ text: 'halo' });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('halo', 'utf16le')]))).toMatchObject({
      text: 'halo',
    });
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

  it('reads a file reached through many links once, and walks each folder once (a symlink bomb)', () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-bomb-'));
    const dirs = Array.from({ length: 15 }, (_, i) => join(root, `d${i}`));
    for (const d of dirs) mkdirSync(d);
    dirs.slice(0, -1).forEach((d, i) => {
      symlinkSync(dirs[i + 1], join(d, 'a'));
      symlinkSync(dirs[i + 1], join(d, 'b'));
    });
    writeFileSync(join(dirs[14], 'berita.txt'), 'Satu.');
    symlinkSync(join(dirs[14], 'berita.txt'), join(dirs[14], 'tautan.txt'));
    const t0 = performance.now();
    const { files, warnings } = listInputs([dirs[0], join(dirs[14], 'berita.txt')]);
    expect(files.map((f) => f.rel)).toEqual(['d0/a/a/a/a/a/a/a/a/a/a/a/a/a/a/berita.txt']);
    expect(warnings).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('does not read what a build keeps in its output folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-own-'));
    writeFileSync(join(root, 'berita.txt'), 'Satu.');
    mkdirSync(join(root, 'out', '.newsgraph-outputs', 'g1'), { recursive: true });
    writeFileSync(join(root, 'out', '.newsgraph-outputs', 'g1', 'graph.json'), '{"nodes":[],"edges":[]}');
    symlinkSync('g1', join(root, 'out', '.newsgraph-outputs', 'current'));
    symlinkSync(join('.newsgraph-outputs', 'current', 'graph.json'), join(root, 'out', 'graph.json'));
    const { files, warnings } = listInputs([root, join(root, 'out', 'graph.json')]);
    expect(files.map((f) => f.rel)).toEqual(['berita.txt']);
    expect(warnings.map((w) => [w.reason, w.message])).toEqual([
      ['unsupported', 'is an output of newsgraph build, not articles; not read'],
    ]);
  });

  it('reads no pipe (it would block) and no device (it would never end)', () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-fifo-'));
    expect(spawnSync('mkfifo', [join(root, 'pipa.txt')]).status).toBe(0);
    symlinkSync('/dev/zero', join(root, 'nol.txt'));
    writeFileSync(join(root, 'berita.txt'), 'Satu.');
    const { files, warnings } = listInputs([root]);
    expect(files.map((f) => f.rel)).toEqual(['berita.txt']);
    expect(warnings.map((w) => `${w.file.replace(/^.*\//, '')}: ${w.message}`)).toEqual([
      'nol.txt: not a regular file (a device, pipe or socket); not read',
      'pipa.txt: not a regular file (a device, pipe or socket); not read',
    ]);
    // Named on its own, a pipe is refused when opened, without waiting for a writer.
    const read = readInputBytes({ path: join(root, 'pipa.txt'), rel: 'pipa.txt', size: 0 });
    expect(read).toMatchObject({ warnings: [{ reason: 'unsupported' }] });
  });

  it('checks the size of a file before reading it: one article a file may be 8 MB, records 200 MB', () => {
    const root = mkdtempSync(join(tmpdir(), 'ng-size-'));
    const page = join(root, 'besar.html');
    writeFileSync(page, `<html><body>${'<p>Warga berkumpul di Monas.</p>'.repeat(300_000)}</body></html>`);
    const records = join(root, 'besar.jsonl');
    writeFileSync(records, '');
    truncateSync(records, DEFAULT_READ_LIMITS.maxBytes + 1);
    const limits = { ...DEFAULT_READ_LIMITS, maxPageBytes: 4 * 1024 * 1024 };
    const size = (path: string) => ({ path, rel: path.replace(/^.*\//, ''), size: 0 });
    expect(readInputBytes(size(page), limits)).toEqual({
      articles: [],
      warnings: [
        {
          file: 'besar.html',
          reason: 'too-large',
          message: '9.2 MB is over the 4.0 MB limit for a file of one article; not read',
        },
      ],
    });
    expect(readInputBytes(size(records))).toEqual({
      articles: [],
      warnings: [
        {
          file: 'besar.jsonl',
          reason: 'too-large',
          message: '200.0 MB is over the 200.0 MB limit for a file of records; not read',
        },
      ],
    });
  });
});
