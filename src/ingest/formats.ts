/**
 * Article formats: plain text, Markdown, HTML (through a real parser; scripts, styles and
 * navigation dropped) and JSON / JSON Lines records `{id?, title?, text, url?, published?, publisher?}`.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ArticleInput } from '../extract/types.js';
import type { InputWarning } from './errors.js';

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'];

export interface Parsed {
  readonly articles: ArticleInput[];
  readonly warnings: InputWarning[];
}

export function parseArticles(text: string, file: string): Parsed {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return parseRecords(text, file, ext !== '.json');
  if (ext === '.html' || ext === '.htm') return one(fromHtml(text, file), file);
  if (ext === '.md' || ext === '.markdown') return one(fromMarkdown(text, file), file);
  return one({ id: file, file, text }, file);
}

function one(article: ArticleInput, file: string): Parsed {
  if (!article.text.trim()) return { articles: [], warnings: [{ file, reason: 'empty', message: 'no text in it' }] };
  return { articles: [article], warnings: [] };
}

const DROPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'template', 'button', 'select', 'figure', 'figcaption']);
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'section', 'article', 'blockquote', 'pre', 'main', 'ul', 'ol', 'table', 'dd', 'dt', 'time']);

type DomNode = ReturnType<typeof parseDocument>['children'][number];

function fromHtml(html: string, file: string): ArticleInput {
  const doc = parseDocument(html);
  const meta = (name: string) => DomUtils.findOne((e) => e.name === 'meta' && (e.attribs.property === name || e.attribs.name === name), doc.children)?.attribs.content?.trim();
  const titleEl = DomUtils.findOne((e) => e.name === 'h1', doc.children) ?? DomUtils.findOne((e) => e.name === 'title', doc.children);
  const root = DomUtils.findOne((e) => e.name === 'article', doc.children) ?? DomUtils.findOne((e) => e.name === 'body', doc.children) ?? doc;
  const parts: string[] = [];
  const walk = (nodes: readonly DomNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') parts.push((n as { data: string }).data.replace(/\s+/g, ' '));
      else if ('name' in n && n.type === 'tag') {
        if (DROPPED.has(n.name) || (n.name === 'h1' && n === titleEl)) continue;
        if (BLOCK.has(n.name)) parts.push('\n');
        walk(n.children as DomNode[]);
        if (BLOCK.has(n.name)) parts.push('\n');
      }
    }
  };
  walk('children' in root ? (root.children as DomNode[]) : []);
  const text = parts.join('').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
  const title = titleEl ? DomUtils.textContent(titleEl).replace(/\s+/g, ' ').trim() : meta('og:title');
  return {
    id: file, file, text,
    ...(title ? { title } : {}),
    ...(meta('og:url') ? { url: meta('og:url') } : {}),
    ...(meta('article:published_time') ? { published: meta('article:published_time') } : {}),
    ...(meta('og:site_name') ? { publisher: meta('og:site_name') } : {}),
  };
}

function fromMarkdown(md: string, file: string): ArticleInput {
  const lines = md.replace(/```[\s\S]*?```/g, '').split(/\r?\n/);
  const headingAt = lines.findIndex((l) => /^#\s+\S/.test(l));
  const title = headingAt >= 0 ? lines[headingAt].replace(/^#\s+/, '').trim() : undefined;
  const text = lines
    .filter((_, i) => i !== headingAt)
    .map((l) => l
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#{1,6}\s+/, '')
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, '$2'))
    .join('\n');
  return { id: file, file, text, ...(title ? { title } : {}) };
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
      try {
        records.push({ value: JSON.parse(l), where: `line ${i + 1}` });
      } catch (e) {
        warnings.push({ file, reason: 'invalid-record', message: `line ${i + 1} is not valid JSON: ${(e as Error).message}` });
      }
    });
  } else {
    try {
      const value = JSON.parse(text);
      records = (Array.isArray(value) ? value : [value]).map((v, i) => ({ value: v, where: `record ${i + 1}` }));
    } catch (e) {
      return { articles: [], warnings: [{ file, reason: 'invalid-record', message: `not valid JSON: ${(e as Error).message}` }] };
    }
  }
  const articles: ArticleInput[] = [];
  records.forEach(({ value, where }, i) => {
    const r = value as Record<string, unknown>;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) { warnings.push({ file, reason: 'invalid-record', message: `${where} is not an object` }); return; }
    if (typeof r.text !== 'string' || !r.text.trim()) { warnings.push({ file, reason: 'invalid-record', message: `${where} has no "text" string` }); return; }
    const wrong = FIELDS.filter((f) => r[f] !== undefined && r[f] !== null && typeof r[f] !== 'string' && !(f === 'id' && typeof r[f] === 'number'));
    if (wrong.length) { warnings.push({ file, reason: 'invalid-record', message: `${where}: ${wrong.map((f) => `"${f}"`).join(', ')} must be a string` }); return; }
    const id = r.id !== undefined && r.id !== null ? String(r.id) : String(i + 1);
    const str = (f: (typeof FIELDS)[number]) => (typeof r[f] === 'string' && (r[f] as string).trim() ? { [f]: (r[f] as string).trim() } : {});
    articles.push({ ...str('title'), ...str('url'), ...str('published'), ...str('publisher'), id: `${file}#${id}`, file: `${file}#${id}`, text: r.text });
  });
  return { articles, warnings };
}
