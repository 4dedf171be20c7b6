/**
 * Article formats: plain text, Markdown, HTML (through a real parser; scripts, styles and
 * navigation dropped) and JSON / JSON Lines records `{id?, title?, text, url?, published?, publisher?}`.
 */
import type { ArticleInput } from '../extract/types.js';
import type { InputWarning } from './errors.js';
import { fromHtml } from './html.js';
import { fromMarkdown } from './markdown.js';

/** Files of records, each file any number of articles; the other formats hold one article a file. */
export const RECORD_EXTENSIONS: readonly string[] = ['.json', '.jsonl', '.ndjson'];
export const SUPPORTED_EXTENSIONS: readonly string[] = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  ...RECORD_EXTENSIONS,
];

export interface Parsed {
  readonly articles: ArticleInput[];
  readonly warnings: InputWarning[];
}

export function parseArticles(text: string, file: string): Parsed {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (RECORD_EXTENSIONS.includes(ext)) return parseRecords(text, file, ext !== '.json');
  if (ext === '.html' || ext === '.htm') return one(fromHtml(text, file), file);
  if (ext === '.md' || ext === '.markdown') return one(fromMarkdown(text, file), file);
  return one({ id: file, file, text }, file);
}

function one(article: ArticleInput, file: string): Parsed {
  if (!article.text.trim()) return { articles: [], warnings: [{ file, reason: 'empty', message: 'no text in it' }] };
  return { articles: [article], warnings: [] };
}

/**
 * Records nest two levels deep (an array of objects); JSON nested far deeper is not records,
 * and V8's parser slows down faster than the input grows on it (3 times for each doubling).
 */
const MAX_JSON_DEPTH = 64;
const TOO_DEEP = `deeper than ${MAX_JSON_DEPTH} levels: not article records`;

/** Whether brackets and braces (outside strings) nest deeper than `limit`, found in one pass. */
function nestsDeeperThan(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const FIELDS = ['id', 'title', 'text', 'url', 'published', 'publisher'] as const;

function parseRecords(text: string, file: string, lines: boolean): Parsed {
  const warnings: InputWarning[] = [];
  let records: { value: unknown; where: string }[] = [];
  if (lines) {
    // One bad line costs that line only: the others are records in their own right.
    text.split('\n').forEach((raw, i) => {
      const l = raw.trim();
      if (!l) return;
      if (nestsDeeperThan(l, MAX_JSON_DEPTH)) {
        warnings.push({ file, reason: 'invalid-record', message: `line ${i + 1} is nested ${TOO_DEEP}` });
        return;
      }
      try {
        records.push({ value: JSON.parse(l), where: `line ${i + 1}` });
      } catch (e) {
        warnings.push({
          file,
          reason: 'invalid-record',
          message: `line ${i + 1} is not valid JSON: ${(e as Error).message}`,
        });
      }
    });
  } else {
    if (nestsDeeperThan(text, MAX_JSON_DEPTH))
      return { articles: [], warnings: [{ file, reason: 'invalid-record', message: `nested ${TOO_DEEP}` }] };
    try {
      const value = JSON.parse(text);
      records = (Array.isArray(value) ? value : [value]).map((v, i) => ({ value: v, where: `record ${i + 1}` }));
    } catch (e) {
      return {
        articles: [],
        warnings: [{ file, reason: 'invalid-record', message: `not valid JSON: ${(e as Error).message}` }],
      };
    }
  }
  const articles: ArticleInput[] = [];
  records.forEach(({ value, where }, i) => {
    const r = value as Record<string, unknown>;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      warnings.push({ file, reason: 'invalid-record', message: `${where} is not an object` });
      return;
    }
    if (typeof r.text !== 'string' || !r.text.trim()) {
      warnings.push({ file, reason: 'invalid-record', message: `${where} has no "text" string` });
      return;
    }
    const wrong = FIELDS.filter(
      (f) =>
        r[f] !== undefined && r[f] !== null && typeof r[f] !== 'string' && !(f === 'id' && typeof r[f] === 'number'),
    );
    if (wrong.length) {
      warnings.push({
        file,
        reason: 'invalid-record',
        message: `${where}: ${wrong.map((f) => `"${f}"`).join(', ')} must be a string`,
      });
      return;
    }
    const id = r.id !== undefined && r.id !== null ? String(r.id) : String(i + 1);
    const str = (f: (typeof FIELDS)[number]) =>
      typeof r[f] === 'string' && (r[f] as string).trim() ? { [f]: (r[f] as string).trim() } : {};
    articles.push({
      ...str('title'),
      ...str('url'),
      ...str('published'),
      ...str('publisher'),
      id: `${file}#${id}`,
      file: `${file}#${id}`,
      text: r.text,
    });
  });
  return { articles, warnings };
}
