/**
 * The only reader of input files: walks files and folders (recursively, in sorted order,
 * following symlinks, each folder and each file once however many links lead to it), decodes
 * them and parses them into articles. Problems become warnings, never exceptions, so one bad
 * file does not stop a run.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { ArticleInput } from '../extract/types.js';
import { decode } from './decode.js';
import type { InputWarning } from './errors.js';
import { parseArticles, RECORD_EXTENSIONS, SUPPORTED_EXTENSIONS, type Parsed } from './formats.js';
import { isBuildOutput } from './own-files.js';

export interface InputFile {
  readonly path: string;
  /** Relative to the input root, with forward slashes. */
  readonly rel: string;
  readonly size: number;
}

export interface ReadLimits {
  /** Files of records (JSON, JSON Lines) larger than this are skipped unread. */
  readonly maxBytes: number;
  /**
   * Files of one article (text, Markdown, HTML) larger than this are skipped unread: a news
   * page is kilobytes of text in at most a few megabytes of markup. A 190 MB HTML file was
   * parsed for 37 s (and 3.35 GB) before its text was found too large.
   */
  readonly maxPageBytes: number;
  /**
   * An article with more text than this is skipped: news stories run to tens of kilobytes,
   * so this is a dump or a mistake, and would hold a run for minutes.
   */
  readonly maxArticleChars: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxPageBytes: 8 * 1024 * 1024,
  maxArticleChars: 1024 * 1024,
};

interface Found {
  readonly path: string;
  /** With every link resolved: a file reached twice through links is read once. */
  readonly real: string;
  readonly size: number;
}

/** Lists the input files under `inputs`, relative to their common folder. */
export function listInputs(inputs: readonly string[]): { files: InputFile[]; warnings: InputWarning[] } {
  const warnings: InputWarning[] = [];
  const found: Found[] = [];
  const roots: string[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    const abs = resolve(input);
    let st: Stats;
    let real: string;
    try {
      st = statSync(abs);
      real = realpathSync.native(abs);
    } catch {
      warnings.push({ file: input, reason: 'missing', message: 'no such file or folder' });
      continue;
    }
    roots.push(st.isDirectory() ? abs : dirname(abs));
    if (st.isDirectory()) walk(abs, real, new Set(), visited, found, warnings);
    else if (isBuildOutput(real))
      warnings.push({
        file: input,
        reason: 'unsupported',
        message: 'is an output of newsgraph build, not articles; not read',
      });
    else if (!st.isFile()) warnings.push({ file: input, reason: 'unsupported', message: NOT_A_FILE });
    else found.push({ path: abs, real, size: st.size });
  }
  const root = commonFolder(roots);
  const byReal = new Map<string, Found>();
  for (const f of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    if (!byReal.has(f.real)) byReal.set(f.real, f);
  const files = [...byReal.values()].map((f) => ({
    path: f.path,
    rel: relative(root, f.path).split(sep).join('/'),
    size: f.size,
  }));
  return { files, warnings };
}

const NOT_A_FILE = 'not a regular file (a device, pipe or socket); not read';

/**
 * Lists a folder's files into `out`. `ancestors` holds the real paths of the folders above (a
 * link to one of them is a loop), `visited` every real folder listed so far: a folder reached
 * again through another link is not listed again (15 folders each linking twice to the next
 * gave 4,096 copies of one file).
 */
function walk(
  dir: string,
  real: string,
  ancestors: Set<string>,
  visited: Set<string>,
  out: Found[],
  warnings: InputWarning[],
): void {
  if (ancestors.has(real)) {
    warnings.push({ file: dir, reason: 'symlink-loop', message: 'folder links back to one already read; skipped' });
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    warnings.push({ file: dir, reason: 'unreadable', message: 'folder cannot be read (permissions?)' });
    return;
  }
  ancestors.add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Only a link (or a file system that does not tell types) needs a stat of its target and its real path.
    const plain = entry.isDirectory() || entry.isFile();
    let st: Stats;
    let entryReal: string;
    try {
      st = statSync(path);
      entryReal = plain ? join(real, entry.name) : realpathSync.native(path);
    } catch {
      warnings.push({ file: path, reason: 'unreadable', message: 'cannot be read (broken link or permissions?)' });
      continue;
    }
    if (isBuildOutput(entryReal)) continue;
    if (st.isDirectory()) walk(path, entryReal, ancestors, visited, out, warnings);
    else if (!SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) continue;
    else if (st.isFile()) out.push({ path, real: entryReal, size: st.size });
    else warnings.push({ file: path, reason: 'unsupported', message: NOT_A_FILE });
  }
  ancestors.delete(real);
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

export type ReadResult = Parsed;
const skipped = (rel: string, reason: InputWarning['reason'], message: string): ReadResult => ({
  articles: [],
  warnings: [{ file: rel, reason, message }],
});
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** The size limit of a file by its kind, and what it is called. */
function limitOf(path: string, limits: ReadLimits): { bytes: number; what: string } {
  return RECORD_EXTENSIONS.includes(extname(path).toLowerCase())
    ? { bytes: limits.maxBytes, what: 'file of records' }
    : { bytes: limits.maxPageBytes, what: 'file of one article' };
}

const tooLarge = (rel: string, size: number, limit: { bytes: number; what: string }) =>
  skipped(rel, 'too-large', `${mb(size)} is over the ${mb(limit.bytes)} limit for a ${limit.what}; not read`);

/**
 * One file's bytes, or why it is skipped before its content is looked at. Its size is checked
 * before it is read, and it is read no further than its limit (it may grow meanwhile); only a
 * regular file is read (a pipe would block, a device never end).
 */
export function readInputBytes(file: InputFile, limits: ReadLimits = DEFAULT_READ_LIMITS): Buffer | ReadResult {
  if (!SUPPORTED_EXTENSIONS.includes(extname(file.path).toLowerCase()))
    return skipped(file.rel, 'unsupported', `not one of ${SUPPORTED_EXTENSIONS.join(' ')}`);
  const limit = limitOf(file.path, limits);
  if (file.size > limit.bytes) return tooLarge(file.rel, file.size, limit);
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a pipe returns at once (and is then refused as no regular file).
    fd = openSync(file.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return skipped(file.rel, 'unsupported', NOT_A_FILE);
    if (st.size > limit.bytes) return tooLarge(file.rel, st.size, limit);
    let bytes = Buffer.allocUnsafe(st.size + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > limit.bytes) return tooLarge(file.rel, length, limit);
        const grown = Buffer.allocUnsafe(Math.min(2 * length, limit.bytes + 1));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (!read) break;
      length += read;
    }
    return bytes.subarray(0, length);
  } catch (e) {
    return skipped(file.rel, 'unreadable', `cannot be read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file's bytes decoded and parsed into its articles. */
export function parseInputBytes(
  file: Pick<InputFile, 'rel'>,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ReadResult {
  if (!bytes.length) return skipped(file.rel, 'empty', 'file is empty');
  const decoded = decode(bytes);
  if ('reason' in decoded) return skipped(file.rel, decoded.reason, decoded.message);
  if (!decoded.text.trim()) return skipped(file.rel, 'empty', 'only whitespace');
  const parsed = parseArticles(decoded.text, file.rel);
  const articles: ArticleInput[] = [];
  const oversized: ArticleInput[] = [];
  for (const a of parsed.articles) (a.text.length > limits.maxArticleChars ? oversized : articles).push(a);
  if (!oversized.length) return parsed;
  return {
    articles,
    warnings: [
      ...parsed.warnings,
      ...oversized.map((a) => ({
        file: a.id === file.rel ? file.rel : `${file.rel} (${a.id})`,
        reason: 'too-large' as const,
        message: `an article of ${mb(a.text.length)} of text is over the ${mb(limits.maxArticleChars)} limit for one article; skipped`,
      })),
    ],
  };
}

/** Reads and parses one file into its articles. */
export function readArticles(file: InputFile, limits: ReadLimits = DEFAULT_READ_LIMITS): ReadResult {
  const bytes = readInputBytes(file, limits);
  return bytes instanceof Uint8Array ? parseInputBytes(file, bytes, limits) : bytes;
}
