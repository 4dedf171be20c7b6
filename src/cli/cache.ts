/**
 * The extraction cache of `newsgraph build`, in the output folder: one file per input file,
 * named by the hash of its name and bytes, under a folder named by a fingerprint of the
 * extractor's own code, so a newer newsgraph never reuses an older one's extractions.
 *
 * Every entry is checked before it is used: its first line names the entry format, the key it
 * was made from and a SHA-256 of the rest. A damaged entry (a disk that filled up, a file
 * replaced or cut short) is not trusted: the file is extracted again and the entry rewritten.
 * The checks catch accidents, not forgery: whoever can write the output folder can write its
 * graph.json too. A write that fails (a full disk) stops the cache for the run, not the build.
 *
 * Entries a run did not use are removed at the end, and so are other fingerprints' entries:
 * only names the cache writes are ever removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExtractionCache, FileExtraction } from '../pipeline.js';
import { CACHE_FOLDER } from '../ingest/own-files.js';
import { isLeftoverTemporary, writeAtomically } from './files.js';
import { PACKAGE_ROOT } from './paths.js';

export { CACHE_FOLDER };
/** What an extraction depends on: the engine, the language data, the NER tagger, input parsing, the pipeline. */
export const CODE = [
  'extract',
  'lang',
  'ingest',
  'ner',
  'graph/contract.js',
  'graph/same-event.js',
  'extract-file.js',
  'extract-worker.js',
  'pipeline.js',
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => filesUnder(join(path, name)))
    : [path];
}

let fingerprintMemo: string | undefined;
function extractorFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const hash = createHash('sha256');
  hash.update(readFileSync(join(PACKAGE_ROOT, 'package.json')));
  for (const part of CODE)
    for (const file of filesUnder(join(PACKAGE_ROOT, 'dist', part)))
      hash.update(relative(PACKAGE_ROOT, file)).update(readFileSync(file));
  return (fingerprintMemo = hash.digest('hex').slice(0, 16));
}

/** The format of an entry: a header line, then the extraction as JSON. */
const ENTRY_FORMAT = 'newsgraph-extraction/1';
interface EntryHeader {
  readonly format: typeof ENTRY_FORMAT;
  /** The key (a hash of the input file's name and bytes) the entry was made from. */
  readonly source: string;
  /** SHA-256 of the extraction's JSON, the rest of the entry. */
  readonly sha256: string;
}

const FINGERPRINT = /^[0-9a-f]{16}$/;
const ENTRY = /^([0-9a-f]{64})\.json$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The extraction an entry holds, if it passes every check. */
function checkedEntry(text: string, key: string): FileExtraction | undefined {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0) return undefined;
  let header: EntryHeader;
  try {
    header = JSON.parse(text.slice(0, lineEnd)) as EntryHeader;
  } catch {
    return undefined;
  }
  const body = text.slice(lineEnd + 1);
  if (header?.format !== ENTRY_FORMAT || header.source !== key || header.sha256 !== sha256(body)) return undefined;
  try {
    const value = JSON.parse(body) as FileExtraction;
    return Array.isArray(value?.articles) && Array.isArray(value.warnings) ? value : undefined;
  } catch {
    return undefined;
  }
}

export class FileExtractionCache implements ExtractionCache {
  private readonly dir: string;
  private readonly used = new Set<string>();
  /** Entries found damaged this run (extracted again). */
  rejected = 0;
  /** Why the cache stopped writing this run, if it did. */
  writeError: Error | undefined;

  constructor(
    private readonly outDir: string,
    fingerprint = extractorFingerprint(),
  ) {
    this.dir = join(outDir, CACHE_FOLDER, fingerprint);
  }

  get(key: string): FileExtraction | undefined {
    let text: string;
    try {
      text = readFileSync(join(this.dir, `${key}.json`), 'utf8');
    } catch {
      return undefined;
    }
    const value = checkedEntry(text, key);
    if (!value) {
      this.rejected++;
      return undefined;
    }
    this.used.add(key);
    return value;
  }

  set(key: string, value: FileExtraction): void {
    if (this.writeError) return;
    const body = JSON.stringify(value);
    const header: EntryHeader = { format: ENTRY_FORMAT, source: key, sha256: sha256(body) };
    try {
      writeAtomically(this.dir, { [`${key}.json`]: `${JSON.stringify(header)}\n${body}` });
      this.used.add(key);
    } catch (e) {
      this.writeError = e as Error;
    }
  }

  /** Drops what this run did not use (entries of removed or changed files, other fingerprints') and temporary files of dead builds. */
  prune(): void {
    const root = join(this.outDir, CACHE_FOLDER);
    if (!existsSync(root)) return;
    for (const name of readdirSync(root)) {
      const folder = join(root, name);
      if (folder === this.dir || !FINGERPRINT.test(name) || !statSync(folder).isDirectory()) continue;
      this.removeEntries(folder, () => true);
      try {
        rmdirSync(folder);
      } catch {
        /* it holds files the cache did not write */
      }
    }
    if (existsSync(this.dir)) this.removeEntries(this.dir, (key) => !this.used.has(key));
  }

  private removeEntries(folder: string, unused: (key: string) => boolean): void {
    for (const name of readdirSync(folder)) {
      const key = ENTRY.exec(name)?.[1];
      if ((key !== undefined && unused(key)) || isLeftoverTemporary(name)) rmSync(join(folder, name), { force: true });
    }
  }
}
