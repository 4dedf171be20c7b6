/**
 * The only reader of input files: walks files and folders (recursively, in sorted order,
 * following symlinks once), decodes them and parses them into articles. Problems become
 * warnings, never exceptions, so one bad file does not stop a run.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { ArticleInput } from '../extract/types.js';
import { decode } from './decode.js';
import type { InputWarning } from './errors.js';
import { parseArticles, SUPPORTED_EXTENSIONS, type Parsed } from './formats.js';

export interface InputFile {
  readonly path: string;
  /** Relative to the input root, with forward slashes. */
  readonly rel: string;
  readonly size: number;
}

export interface ReadLimits {
  /** Files larger than this are skipped. */
  readonly maxBytes: number;
  /**
   * An article with more text than this is skipped: news stories run to tens of kilobytes,
   * so this is a dump or a mistake, and would hold a run for minutes.
   */
  readonly maxArticleChars: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 200 * 1024 * 1024, maxArticleChars: 1024 * 1024 };

/** Lists the input files under `inputs`, relative to their common folder. */
export function listInputs(inputs: readonly string[]): { files: InputFile[]; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  const found: string[] = [];
  const roots: string[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let st;
    try { st = statSync(abs); } catch {
      warnings.push({ file: input, reason: 'missing', message: 'no such file or folder' });
      continue;
    }
    roots.push(st.isDirectory() ? abs : dirname(abs));
    if (st.isDirectory()) walk(abs, new Set(), found, warnings);
    else found.push(abs);
  }
  const root = commonFolder(roots);
  const files = [...new Set(found)].sort().map((path) => ({ path, rel: relative(root, path).split(sep).join('/'), size: safeSize(path) }));
  return { files, warnings };
}

function walk(dir: string, seen: Set<string>, out: string[], warnings: InputWarning[]): void {
  let real: string;
  try { real = realpathSync(dir); } catch { return; }
  if (seen.has(real)) { warnings.push({ file: dir, reason: 'symlink-loop', message: 'folder links back to one already read; skipped' }); return; }
  seen.add(real);
  let entries: string[];
  try { entries = readdirSync(dir).sort(); } catch {
    warnings.push({ file: dir, reason: 'unreadable', message: 'folder cannot be read (permissions?)' });
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let st;
    try { st = statSync(path); } catch {
      warnings.push({ file: path, reason: 'unreadable', message: 'cannot be read (broken link or permissions?)' });
      continue;
    }
    if (st.isDirectory()) walk(path, new Set(seen), out, warnings);
    else if (SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase())) out.push(path);
  }
}

function commonFolder(paths: readonly string[]): string {
  if (!paths.length) return process.cwd();
  let common = paths[0].split(sep);
  for (const p of paths.slice(1)) {
    const parts = p.split(sep);
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

function safeSize(path: string): number {
  try { return statSync(path).size; } catch { return 0; }
}

export type ReadResult = Parsed;
const skipped = (rel: string, reason: InputWarning['reason'], message: string): ReadResult => ({ articles: [], warnings: [{ file: rel, reason, message }] });

/** One file's bytes, or why it is skipped before its content is looked at. */
export function readInputBytes(file: InputFile, limits: ReadLimits = DEFAULT_READ_LIMITS): Buffer | ReadResult {
  if (!SUPPORTED_EXTENSIONS.includes(extname(file.path).toLowerCase())) return skipped(file.rel, 'unsupported', `not one of ${SUPPORTED_EXTENSIONS.join(' ')}`);
  if (file.size > limits.maxBytes) return skipped(file.rel, 'too-large', `${(file.size / 1048576).toFixed(1)} MB is over the ${(limits.maxBytes / 1048576).toFixed(0)} MB limit`);
  try {
    return readFileSync(file.path);
  } catch (e) {
    return skipped(file.rel, 'unreadable', `cannot be read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** A file's bytes decoded and parsed into its articles. */
export function parseInputBytes(file: Pick<InputFile, 'rel'>, bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): ReadResult {
  if (!bytes.length) return skipped(file.rel, 'empty', 'file is empty');
  const decoded = decode(bytes);
  if ('reason' in decoded) return skipped(file.rel, decoded.reason, decoded.message);
  if (!decoded.text.trim()) return skipped(file.rel, 'empty', 'only whitespace');
  const parsed = parseArticles(decoded.text, file.rel);
  const articles: ArticleInput[] = [];
  const oversized: ArticleInput[] = [];
  for (const a of parsed.articles) (a.text.length > limits.maxArticleChars ? oversized : articles).push(a);
  if (!oversized.length) return parsed;
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return {
    articles,
    warnings: [...parsed.warnings, ...oversized.map((a) => ({
      file: a.id === file.rel ? file.rel : `${file.rel} (${a.id})`, reason: 'too-large' as const,
      message: `an article of ${mb(a.text.length)} MB of text is over the ${mb(limits.maxArticleChars)} MB limit for one article; skipped`,
    }))],
  };
}

/** Reads and parses one file into its articles. */
export function readArticles(file: InputFile, limits: ReadLimits = DEFAULT_READ_LIMITS): ReadResult {
  const bytes = readInputBytes(file, limits);
  return bytes instanceof Uint8Array ? parseInputBytes(file, bytes, limits) : bytes;
}
