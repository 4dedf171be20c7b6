/**
 * Query results as text: an aligned table, JSON, or CSV (RFC 4180). The table is for reading
 * and never cuts a value: cells too wide for the terminal wrap, and when the columns cannot
 * fit side by side each record is printed vertically. Control characters are shown escaped
 * wherever the text is meant for a terminal: always in the table, in JSON as `\u` escapes
 * (the same string once parsed), in CSV only when it goes to a terminal (`terminal`): CSV
 * written to a file or a pipe keeps every value exactly as stored.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { escapeControls, escapeJsonControls } from '../controls.js';
import type { QueryResult, Value } from './query.js';

export type ResultFormat = 'table' | 'json' | 'csv';

export interface FormatOptions {
  /** The terminal's width in columns; unknown, the table is as wide as its widest row. */
  readonly width?: number;
  /** The text goes to a terminal: CSV values are shown escaped too. */
  readonly terminal?: boolean;
}

/** Narrower than this, a wrapped column is no longer readable: the records go vertical. */
const MIN_COLUMN = 8;
const GAP = 2;

const cell = (v: Value): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function formatResult(result: QueryResult, format: ResultFormat, options: FormatOptions = {}): string {
  if (format === 'json') return `${escapeJsonControls(JSON.stringify(result.rows, null, 2))}\n`;
  if (format === 'csv') return csv(result, options.terminal ? escapeControls : (s) => s);
  if (!result.keys.length) return '(no rows)\n';
  const header = result.keys.map(escapeControls);
  const rows = result.rows.map((r) => result.keys.map((k) => escapeControls(cell(r[k]))));
  const count = `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})\n`;
  const widths = columnWidths([header, ...rows], options.width);
  return widths ? `${table(header, rows, widths)}${count}` : `${vertical(header, rows, options.width!)}${count}`;
}

function csv(result: QueryResult, show: (s: string) => string): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const line = (cells: string[]) => cells.map((c) => quote(show(c))).join(',');
  return `${[line(result.keys), ...result.rows.map((r) => line(result.keys.map((k) => cell(r[k]))))].join('\r\n')}\r\n`;
}

/**
 * Each column's width: its widest cell when the table fits (or no width is known), else
 * the width shared out so that narrow columns keep theirs and the wide ones split the rest;
 * undefined when some column would be narrower than MIN_COLUMN.
 */
function columnWidths(grid: string[][], width?: number): number[] | undefined {
  const natural = grid[0].map((_, i) => Math.max(...grid.map((row) => stringWidth(row[i]))));
  let room = (width ?? Infinity) - GAP * (natural.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const widths = [...natural];
  const byWidth = natural.map((w, i) => [w, i]).sort((a, b) => a[0] - b[0]);
  byWidth.forEach(([w, i], n) => {
    widths[i] = Math.min(w, Math.floor(room / (byWidth.length - n)));
    room -= widths[i];
  });
  return widths.every((w, i) => w >= Math.min(MIN_COLUMN, natural[i])) ? widths : undefined;
}

const wrap = (text: string, width: number): string[] =>
  text === '' ? [''] : wrapAnsi(text, width, { hard: true }).split('\n');
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

function table(header: string[], rows: string[][], widths: number[]): string {
  const lines = (row: string[]): string[] => {
    const cells = row.map((c, i) => wrap(c, widths[i]));
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, l) =>
      cells
        .map((c, i) => pad(c[l] ?? '', widths[i]))
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const body = rows.map(lines);
  // A row that wraps is set off by a blank line, so that one record reads as one block.
  const wrapped = body.some((b) => b.length > 1);
  const rule = widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP));
  return `${[...lines(header), rule, ...body.flatMap((b, i) => (wrapped && i > 0 ? ['', ...b] : b))].join('\n')}\n`;
}

function vertical(header: string[], rows: string[][], width: number): string {
  const keyWidth = Math.max(...header.map((h) => stringWidth(h)));
  const valueWidth = Math.max(MIN_COLUMN, width - keyWidth - GAP);
  const indent = ' '.repeat(keyWidth + GAP);
  return rows
    .map((row, r) => {
      const fields = row.flatMap((value, i) => {
        const [first, ...rest] = wrap(value, valueWidth);
        return [`${pad(header[i], keyWidth)}${' '.repeat(GAP)}${first}`.trimEnd(), ...rest.map((l) => `${indent}${l}`)];
      });
      const title = `-[ row ${r + 1} ]`;
      return `${title}${'-'.repeat(Math.max(0, Math.min(width, keyWidth + GAP + valueWidth) - title.length))}\n${fields.join('\n')}\n`;
    })
    .join('');
}
