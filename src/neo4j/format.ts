/** Query results as text: an aligned table, JSON, or CSV (RFC 4180). */
import type { QueryResult, Value } from './query.js';

export type ResultFormat = 'table' | 'json' | 'csv';

const cell = (v: Value): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function formatResult(result: QueryResult, format: ResultFormat): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  if (format === 'csv') {
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return `${[result.keys.map(quote).join(','), ...result.rows.map((r) => result.keys.map((k) => quote(cell(r[k]))).join(','))].join('\r\n')}\r\n`;
  }
  if (!result.keys.length) return '(no rows)\n';
  const grid = [result.keys, ...result.rows.map((r) => result.keys.map((k) => cell(r[k]).replace(/\s+/g, ' ')))];
  const widths = result.keys.map((_, i) => Math.min(60, Math.max(...grid.map((row) => row[i].length))));
  const line = (row: string[]) => row.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  return `${[line(grid[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...grid.slice(1).map(line)].join('\n')}\n(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})\n`;
}
