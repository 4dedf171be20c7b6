import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatResult } from '../../src/neo4j/format.js';
import type { QueryResult } from '../../src/neo4j/query.js';

// Raw C0 controls but the line feeds that separate lines, DEL and C1: what a terminal acts on.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const sentence =
  'Presiden Rusia Vladimir Putin bertemu Pemimpin Korea Utara Kim Jong Un di Vladivostok pada 25 April 2019, pertemuan puncak pertama kedua pemimpin itu, kata juru bicara Kremlin Dmitry Peskov kepada wartawan.';
const claims: QueryResult = {
  keys: ['subject', 'relation', 'sentence'],
  rows: [
    { subject: 'Vladimir Putin', relation: 'MET', sentence },
    { subject: 'Kim Jong Un', relation: 'PARTICIPATED_IN', sentence: 'Pendek.' },
  ],
};

describe('table output never cuts what was asked for', () => {
  it('prints a long cell whole when no terminal width is known (a pipe, a file)', () => {
    const out = formatResult(claims, 'table');
    expect(out).toContain(sentence);
    expect(out).not.toContain('…');
  });

  it('wraps long cells to the terminal width, keeping every word in order', () => {
    const out = formatResult(claims, 'table', { width: 60 });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    // The sentence column's pieces, read top to bottom, give the sentence back.
    const start = lines[0].indexOf('sentence');
    const pieces = lines
      .slice(2, -1)
      .map((l) => l.slice(start).trim())
      .filter(Boolean);
    expect(pieces.join(' ')).toContain(sentence);
    expect(out).toContain('(2 rows)');
  });

  it('prints records vertically when the columns cannot fit side by side, every value whole', () => {
    const keys = Array.from({ length: 9 }, (_, i) => `column_${i}`);
    const row = Object.fromEntries(keys.map((k, i) => [k, `${k} value ${'x'.repeat(i * 7)}`]));
    const out = formatResult({ keys, rows: [row, row] }, 'table', { width: 40 });
    for (const line of out.trimEnd().split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    expect(out).toMatch(/row 1/);
    expect(out).toMatch(/row 2/);
    // Wrapped values continue on indented lines: with the layout's spaces taken out, each key is followed by its whole value.
    const squeezed = out.replace(/\s+/g, '');
    for (const k of keys) expect(squeezed).toContain(`${k}${String(row[k]).replace(/\s+/g, '')}`);
  });

  it('aligns wide characters by their display width', () => {
    const out = formatResult(
      {
        keys: ['name', 'n'],
        rows: [
          { name: '金正恩', n: 1 },
          { name: 'Kim', n: 2 },
        ],
      },
      'table',
    );
    const [header, , first, second] = out.split('\n');
    expect(stringWidth(first.slice(0, first.indexOf('1')))).toBe(stringWidth(header.slice(0, header.indexOf('n', 4))));
    expect(second.indexOf('2')).toBe(header.indexOf('n', 4));
  });
});

describe('control characters in printed values', () => {
  const hostile =
    'Judul\u001b]0;pwned\u0007 \u001b[2J\u001b[H \u001b]52;c;ZXZpbA==\u0007 \u009b31m\r\nforged line\u007f';
  const result: QueryResult = { keys: ['title'], rows: [{ title: hostile }] };

  it('are shown escaped in table output, on one line', () => {
    const out = formatResult(result, 'table');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\x1b]0;pwned\\x07');
    expect(out).toContain('\\x9b31m\\r\\nforged line\\x7f');
    expect(out.split('\n')).toHaveLength(5);
  });

  it('are escaped by JSON (C1 and DEL too), and the value reads back unchanged', () => {
    const out = formatResult(result, 'json');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(out)).toEqual(result.rows);
  });

  it('are kept as they are in CSV meant for a file, and escaped when the CSV goes to a terminal', () => {
    expect(formatResult(result, 'csv')).toBe(`title\r\n"${hostile}"\r\n`);
    const shown = formatResult(result, 'csv', { terminal: true });
    expect(shown).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(shown).toContain('\\x1b]0;pwned\\x07');
  });
});

describe('empty results', () => {
  const empty: QueryResult = { keys: ['person', 'date'], rows: [] };
  it('keep their header in CSV and in the table', () => {
    expect(formatResult(empty, 'csv')).toBe('person,date\r\n');
    expect(formatResult(empty, 'table')).toMatch(/^person\s+date\n.*\n\(0 rows\)\n$/);
    expect(formatResult(empty, 'json')).toBe('[]\n');
  });
});
